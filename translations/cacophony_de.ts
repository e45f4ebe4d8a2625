<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>Setting %1 was invalid; using %2.</source>
        <translation>Einstellung %1 war ungültig; verwende %2.</translation>
    </message>
    <message>
        <source>The settings file could not be read; using defaults.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden; verwende Standardwerte.</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Sound is off (CACOPHONY_AUDIO=none).</source>
        <translation>Ton ist aus (CACOPHONY_AUDIO=none).</translation>
    </message>
    <message>
        <source>Playing through %1.</source>
        <translation>Wiedergabe über %1.</translation>
    </message>
    <message>
        <source>No sound.</source>
        <translation>Kein Ton.</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>Ton ist aus.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>A metronome that lets you hear and see concurrency go wrong.</source>
        <translation>Ein Metronom, mit dem man hört und sieht, wie Nebenläufigkeit schiefgeht.</translation>
    </message>
    <message>
        <source>A trace file to open (optional).</source>
        <translation>Eine zu öffnende Trace-Datei (optional).</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <source>Synchronous: measure once, then perform and sleep</source>
        <translation>Synchron: einmal messen, dann spielen und schlafen</translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep a constant interval</source>
        <translation>Synchron: messen, spielen, ein festes Intervall schlafen</translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep what is left of the interval</source>
        <translation>Synchron: messen, spielen, den Rest des Intervalls schlafen</translation>
    </message>
    <message>
        <source>Synchronous with a ticker: on each tick measure, then perform</source>
        <translation>Synchron mit Ticker: bei jedem Tick messen, dann spielen</translation>
    </message>
    <message>
        <source>Synchronous with a ticker: measure, wait for the tick, perform</source>
        <translation>Synchron mit Ticker: messen, auf den Tick warten, spielen</translation>
    </message>
    <message>
        <source>A task per beat, nobody waits for them</source>
        <translation>Ein Task pro Schlag, niemand wartet auf sie</translation>
    </message>
    <message>
        <source>A task per beat, and a wait group to wait for them</source>
        <translation>Ein Task pro Schlag und eine Wait Group, um auf sie zu warten</translation>
    </message>
    <message>
        <source>A measuring task publishing through atomic variables</source>
        <translation>Ein Mess-Task, der über atomare Variablen veröffentlicht</translation>
    </message>
    <message>
        <source>A measuring task publishing through a mutex-guarded state</source>
        <translation>Ein Mess-Task, der über einen mutexgeschützten Zustand veröffentlicht</translation>
    </message>
    <message>
        <source>A measuring task asked and answered over channels</source>
        <translation>Ein Mess-Task, gefragt und antwortend über Kanäle</translation>
    </message>
    <message>
        <source>Four services joined by channels</source>
        <translation>Vier durch Kanäle verbundene Dienste</translation>
    </message>
    <message>
        <source>Constant delay, a single volume measurement before the loop</source>
        <translation>Feste Verzögerung, eine einzige Lautstärkemessung vor der Schleife</translation>
    </message>
    <message>
        <source>Constant delay, a volume measurement before each beat</source>
        <translation>Feste Verzögerung, eine Lautstärkemessung vor jedem Schlag</translation>
    </message>
    <message>
        <source>Adaptive delay, a volume measurement before each beat</source>
        <translation>Adaptive Verzögerung, eine Lautstärkemessung vor jedem Schlag</translation>
    </message>
    <message>
        <source>Adaptive delay, oscillating measurement time</source>
        <translation>Adaptive Verzögerung, schwankende Messdauer</translation>
    </message>
    <message>
        <source>Ticker: measure and perform on each tick</source>
        <translation>Ticker: bei jedem Tick messen und spielen</translation>
    </message>
    <message>
        <source>Ticker: measure first, then wait for the tick and perform</source>
        <translation>Ticker: erst messen, dann auf den Tick warten und spielen</translation>
    </message>
    <message>
        <source>Ticker, measure first, oscillating measurement time</source>
        <translation>Ticker, erst messen, schwankende Messdauer</translation>
    </message>
    <message>
        <source>Ticker, measure first, random measurement time</source>
        <translation>Ticker, erst messen, zufällige Messdauer</translation>
    </message>
    <message>
        <source>Asynchronous, naive: a task per beat</source>
        <translation>Asynchron, naiv: ein Task pro Schlag</translation>
    </message>
    <message>
        <source>Asynchronous, naive, waiting for completion with a wait group</source>
        <translation>Asynchron, naiv, mit Warten auf das Ende per Wait Group</translation>
    </message>
    <message>
        <source>Asynchronous with atomic variables</source>
        <translation>Asynchron mit atomaren Variablen</translation>
    </message>
    <message>
        <source>Asynchronous with a mutex protecting shared state</source>
        <translation>Asynchron mit einem Mutex, der den gemeinsamen Zustand schützt</translation>
    </message>
    <message>
        <source>Asynchronous with channels communicating state changes</source>
        <translation>Asynchron mit Kanälen, die Zustandsänderungen übermitteln</translation>
    </message>
    <message>
        <source>Asynchronous services joined by channels</source>
        <translation>Asynchrone, durch Kanäle verbundene Dienste</translation>
    </message>
    <message>
        <source>Steady tempo, but the volume is measured once and never changes.</source>
        <translation>Gleichmäßiges Tempo, aber die Lautstärke wird einmal gemessen und ändert sich nie.</translation>
    </message>
    <message>
        <source>Each period is the interval plus the measurement (about 1.5 intervals): the tempo is too slow and the error accumulates.</source>
        <translation>Jede Periode ist das Intervall plus die Messung (etwa 1,5 Intervalle): Das Tempo ist zu langsam, und der Fehler summiert sich.</translation>
    </message>
    <message>
        <source>Sleeping only what is left of the interval restores the tempo.</source>
        <translation>Nur den Rest des Intervalls zu schlafen stellt das Tempo wieder her.</translation>
    </message>
    <message>
        <source>Whenever a measurement takes longer than an interval the beat is late, and the lost time is never made up.</source>
        <translation>Dauert eine Messung länger als ein Intervall, kommt der Schlag zu spät, und die verlorene Zeit wird nie aufgeholt.</translation>
    </message>
    <message>
        <source>Regular, but the first beat comes a whole interval plus a measurement late: a ticker does not fire immediately.</source>
        <translation>Regelmäßig, aber der erste Schlag kommt ein ganzes Intervall plus eine Messung zu spät: Ein Ticker feuert nicht sofort.</translation>
    </message>
    <message>
        <source>Measuring while waiting for the tick puts every beat on a tick.</source>
        <translation>Messen während des Wartens auf den Tick setzt jeden Schlag auf einen Tick.</translation>
    </message>
    <message>
        <source>Irregular while measurements are longer than an interval; the ticker drops the ticks nobody took, so late beats never catch up in a burst.</source>
        <translation>Unregelmäßig, solange Messungen länger als ein Intervall dauern; der Ticker verwirft nicht abgeholte Ticks, daher holen späte Schläge nie in einem Schwall auf.</translation>
    </message>
    <message>
        <source>Irregular: every measurement longer than an interval delays its beat.</source>
        <translation>Unregelmäßig: Jede Messung, die länger als ein Intervall dauert, verzögert ihren Schlag.</translation>
    </message>
    <message>
        <source>Measurements overlap, beats come out of order, and the beats still being measured when the program ends are lost.</source>
        <translation>Messungen überlappen, Schläge kommen in falscher Reihenfolge, und die Schläge, die beim Programmende noch gemessen werden, gehen verloren.</translation>
    </message>
    <message>
        <source>The wait group keeps the program alive until every beat is performed: none is lost, but they are still out of order and irregular.</source>
        <translation>Die Wait Group hält das Programm am Leben, bis jeder Schlag gespielt ist: Keiner geht verloren, aber sie sind weiterhin ungeordnet und unregelmäßig.</translation>
    </message>
    <message>
        <source>Regular beats from a ticker that never waits for a measurement; a slow measurement makes several beats reuse the same, stale volume.</source>
        <translation>Regelmäßige Schläge von einem Ticker, der nie auf eine Messung wartet; eine langsame Messung lässt mehrere Schläge dieselbe, veraltete Lautstärke verwenden.</translation>
    </message>
    <message>
        <source>Same as with atomics: regular beats, some stale volumes; the lock only makes the sharing explicit.</source>
        <translation>Wie mit atomaren Variablen: regelmäßige Schläge, einige veraltete Lautstärken; die Sperre macht das Teilen nur explizit.</translation>
    </message>
    <message>
        <source>Regular and in order, sharing nothing but messages; only the first beat waits for a measurement.</source>
        <translation>Regelmäßig und in Reihenfolge, es werden nur Nachrichten geteilt; nur der erste Schlag wartet auf eine Messung.</translation>
    </message>
    <message>
        <source>Counting, measuring, timing and performing as separate services: regular, in order, on time.</source>
        <translation>Zählen, Messen, Takten und Spielen als getrennte Dienste: regelmäßig, in Reihenfolge, pünktlich.</translation>
    </message>
    <message>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>schwankend</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Custom: %1, %2</source>
        <translation>Eigene: %1, %2</translation>
    </message>
    <message>
        <source>Bedtime routine, one activity after another</source>
        <translation>Abendroutine, eine Tätigkeit nach der anderen</translation>
    </message>
    <message>
        <source>Bedtime routine, each activity a goroutine</source>
        <translation>Abendroutine, jede Tätigkeit eine Goroutine</translation>
    </message>
    <message>
        <source>Bedtime routine, goroutines and a pause</source>
        <translation>Abendroutine, Goroutinen und eine Pause</translation>
    </message>
    <message>
        <source>Bedtime routine, goroutines and a wait group</source>
        <translation>Abendroutine, Goroutinen und eine Wait-Group</translation>
    </message>
    <message>
        <source>A task per beat, reading the shared loop counter (closure bug)</source>
        <translation>Eine Task pro Schlag, die den gemeinsamen Schleifenzähler liest (Closure-Fehler)</translation>
    </message>
    <message>
        <source>Bedtime routine, sequential</source>
        <translation>Abendroutine, sequenziell</translation>
    </message>
    <message>
        <source>Five activities, then &quot;program ends&quot;: always in this order.</source>
        <translation>Fünf Tätigkeiten, dann „program ends“: immer in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Without goroutines the program does one thing after another: each log.Println prints its activity before the next line runs, and &quot;program ends&quot; comes last. Nothing surprising, and that is the point: this is the contrast for what follows.</source>
        <translation>Ohne Goroutinen tut das Programm eins nach dem anderen: jedes log.Println gibt seine Tätigkeit aus, bevor die nächste Zeile läuft, und „program ends“ kommt zuletzt. Nichts Überraschendes, und genau darum geht es: das ist der Kontrast für das Folgende.</translation>
    </message>
    <message>
        <source>Bedtime routine, go and no waiting</source>
        <translation>Abendroutine, go und kein Warten</translation>
    </message>
    <message>
        <source>Usually only &quot;program ends&quot; is printed: the goroutines are cut off.</source>
        <translation>Meist wird nur „program ends“ ausgegeben: die Goroutinen werden abgeschnitten.</translation>
    </message>
    <message>
        <source>Putting go before each log.Println starts it as a goroutine, and main moves on at once without waiting for it. Main zips through creating the five goroutines and reaches the end of the program before they had a chance to print: when main returns, the process exits and takes them with it. Greyed lines would have been printed. (Go&apos;s scheduler lets a new goroutine wait for a thread; the app models that wait with a seeded random start delay of up to 1 ms per goroutine.)</source>
        <translation>Ein go vor jedem log.Println startet es als Goroutine, und main geht sofort weiter, ohne zu warten. Main erzeugt die fünf Goroutinen im Nu und erreicht das Programmende, bevor sie etwas ausgeben konnten: wenn main zurückkehrt, endet der Prozess und nimmt sie mit. Ausgegraute Zeilen wären ausgegeben worden. (Gos Scheduler lässt eine neue Goroutine auf einen Thread warten; die App bildet dieses Warten mit einer vom Seed abhängigen zufälligen Startverzögerung von bis zu 1 ms pro Goroutine nach.)</translation>
    </message>
    <message>
        <source>Bedtime routine, go and a pause</source>
        <translation>Abendroutine, go und eine Pause</translation>
    </message>
    <message>
        <source>Every activity is printed, in a different order from run to run.</source>
        <translation>Jede Tätigkeit wird ausgegeben, von Lauf zu Lauf in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>A pause before &quot;program ended&quot; (one beat: a second at 60 BPM, as in the series) gives the goroutines time to print, and they all do, but in whatever order they happened to run: pyjamas before the shower, undressing after it. Nothing in the program orders them. (Goroutines wait a seeded random start delay of up to 1 ms for a thread, as under Go&apos;s scheduler: operating-system threads alone start almost always in spawn order.)</source>
        <translation>Eine Pause vor „program ended“ (ein Schlag: eine Sekunde bei 60 BPM, wie in der Serie) gibt den Goroutinen Zeit zur Ausgabe, und alle geben aus, aber in der Reihenfolge, in der sie gerade liefen: Schlafanzug vor der Dusche, Ausziehen danach. Nichts im Programm ordnet sie. (Goroutinen warten eine vom Seed abhängige zufällige Startverzögerung von bis zu 1 ms auf einen Thread, wie unter Gos Scheduler: Betriebssystem-Threads allein starten fast immer in Erzeugungsreihenfolge.)</translation>
    </message>
    <message>
        <source>Bedtime routine, go and a wait group</source>
        <translation>Abendroutine, go und eine Wait-Group</translation>
    </message>
    <message>
        <source>Nothing is lost and main waits only as long as needed; the order is still not guaranteed.</source>
        <translation>Nichts geht verloren, und main wartet nur so lange wie nötig; die Reihenfolge ist weiterhin nicht garantiert.</translation>
    </message>
    <message>
        <source>A wait group counts the goroutines still running: Add(1) before each go (never inside the goroutine, which may not have started when main gets to Wait), Done when a goroutine finishes, and Wait before &quot;program ends&quot; blocks until the count is zero. No line is lost and no time is wasted on a guessed pause, but a wait group says nothing about order. (Seeded random start delay of up to 1 ms, as above.)</source>
        <translation>Eine Wait-Group zählt die noch laufenden Goroutinen: Add(1) vor jedem go (nie in der Goroutine, die noch nicht gestartet sein kann, wenn main Wait erreicht), Done, wenn eine Goroutine fertig ist, und Wait vor „program ends“ blockiert, bis der Zähler null ist. Keine Zeile geht verloren und keine Zeit an eine geratene Pause, aber eine Wait-Group sagt nichts über die Reihenfolge. (Vom Seed abhängige zufällige Startverzögerung bis 1 ms, wie oben.)</translation>
    </message>
    <message>
        <source>Asynchronous, naive, with the closure bug</source>
        <translation>Asynchron, naiv, mit dem Closure-Fehler</translation>
    </message>
    <message>
        <source>Beats carry duplicate and skipped numbers: each task reads the loop counter when it performs, not when it was started.</source>
        <translation>Schläge tragen doppelte und übersprungene Nummern: jede Task liest den Schleifenzähler, wenn sie spielt, nicht wenn sie gestartet wurde.</translation>
    </message>
    <message>
        <source>Scenario 9 without the parameter: go func() { volume := volumeMeter(); performer(beatCount, volume) }(). The anonymous function closes over the loop&apos;s beatCount, one variable that the loop keeps changing, so each task reads it when it performs, after its measurement, instead of the value it was started for. Two tasks read the same number, others are never played, the last ones play the count the loop ended with. The compiler does not warn. Passing beatCount as a parameter (scenario 9) fixes it; since Go 1.22 each iteration has its own variable.</source>
        <translation>Szenario 9 ohne den Parameter: go func() { volume := volumeMeter(); performer(beatCount, volume) }(). Die anonyme Funktion schließt über beatCount der Schleife, eine einzige Variable, die die Schleife ständig ändert; so liest jede Task sie, wenn sie spielt, nach ihrer Messung, statt des Werts, für den sie gestartet wurde. Zwei Tasks lesen dieselbe Nummer, andere erklingen nie, die letzten spielen den Wert, mit dem die Schleife endete. Der Compiler warnt nicht. beatCount als Parameter zu übergeben (Szenario 9) behebt es; seit Go 1.22 hat jede Iteration ihre eigene Variable.</translation>
    </message>
    <message>
        <source>Lesson · %1</source>
        <translation>Lektion · %1</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>outside</source>
        <comment>the name of task 0: the code that runs in no task</comment>
        <translation>Code außerhalb der Tasks</translation>
    </message>
    <message>
        <source>task %1</source>
        <comment>a task without a name, by its number</comment>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <comment>a channel without a name, by its number</comment>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>task</source>
        <comment>a lane of tasks without a name, as in: task x3</comment>
        <translation>Task</translation>
    </message>
    <message>
        <source>task %1</source>
        <comment>a task by its name</comment>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>task %1, running since %2</source>
        <translation>Task %1, läuft seit %2</translation>
    </message>
    <message>
        <source>task %1, ran %2 (%3 – %4)</source>
        <comment>%2: how long; %3 – %4: from, to</comment>
        <translation>Task %1, lief %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>still running at the end of program</source>
        <translation>lief beim Programmende noch</translation>
    </message>
    <message>
        <source>spawned by %1</source>
        <comment>a task, by its parent task</comment>
        <translation>gestartet von %1</translation>
    </message>
    <message>
        <source>end of program at %1</source>
        <translation>Programmende bei %1</translation>
    </message>
    <message>
        <source>%1 → %2 BPM</source>
        <comment>a tempo change: old, new</comment>
        <translation>%1 → %2 BPM</translation>
    </message>
    <message>
        <source>tempo %1 from the beat at %2</source>
        <comment>%1: old → new BPM; %2: a time</comment>
        <translation>Tempo %1 ab dem Schlag bei %2</translation>
    </message>
    <message>
        <source>ideal beat #%1 at %2</source>
        <comment>%2: a time</comment>
        <translation>idealer Schlag Nr. %1 bei %2</translation>
    </message>
    <message>
        <source>measurement #%1: volume %2, took %3</source>
        <translation>Messung Nr. %1: Lautstärke %2, dauerte %3</translation>
    </message>
    <message>
        <source>%1 – %2, by %3</source>
        <comment>from, to, the task that measured</comment>
        <translation>%1 – %2, von %3</translation>
    </message>
    <message>
        <source>%1 (%2), %3 after the ideal beat</source>
        <comment>%1: when; %2: I or O; %3: how long</comment>
        <translation>%1 (%2), %3 nach dem idealen Schlag</translation>
    </message>
    <message>
        <source>%1 (%2), %3 before the ideal beat</source>
        <comment>%1: when; %2: I or O; %3: how long</comment>
        <translation>%1 (%2), %3 vor dem idealen Schlag</translation>
    </message>
    <message>
        <source>out of order: after beat #%1</source>
        <translation>außer der Reihe: nach Schlag Nr. %1</translation>
    </message>
    <message>
        <source>sleep %1</source>
        <comment>a task sleeps for how long</comment>
        <translation>schläft %1</translation>
    </message>
    <message>
        <source>spinning %1</source>
        <comment>a task busy-waits for how long</comment>
        <translation>aktives Warten %1</translation>
    </message>
    <message>
        <source>busy-waiting, %1 – %2, %3</source>
        <comment>from, to, the task</comment>
        <translation>aktives Warten, %1 – %2, %3</translation>
    </message>
    <message>
        <source>%1 spawns %2</source>
        <comment>a task starts another task</comment>
        <translation>%1 startet %2</translation>
    </message>
    <message>
        <source>%1 done (wait group %2)</source>
        <comment>a task tells the wait group it is done</comment>
        <translation>%1 fertig (Wait Group %2)</translation>
    </message>
    <message>
        <source>%1; wakes a waiting task</source>
        <comment>%1: when</comment>
        <translation>%1; weckt einen wartenden Task</translation>
    </message>
    <message>
        <source>send on %1</source>
        <comment>on a channel</comment>
        <translation>Senden über %1</translation>
    </message>
    <message>
        <source>receive on %1</source>
        <comment>on a channel</comment>
        <translation>Empfangen über %1</translation>
    </message>
    <message>
        <source>close %1</source>
        <comment>a channel</comment>
        <translation>Schließen von %1</translation>
    </message>
    <message>
        <source>wait on %1</source>
        <comment>on a wait group</comment>
        <translation>Warten auf %1</translation>
    </message>
    <message>
        <source>operation</source>
        <comment>on a channel or wait group</comment>
        <translation>Operation</translation>
    </message>
    <message>
        <source>%1, blocked %2</source>
        <comment>%1: an operation, as in &apos;send on counts&apos;; %2: how long</comment>
        <translation>%1, blockiert %2</translation>
    </message>
    <message>
        <source>%1, without blocking</source>
        <comment>%1: an operation, as in &apos;send on counts&apos;</comment>
        <translation>%1, ohne Blockieren</translation>
    </message>
    <message>
        <source>channel closed and drained: not ok</source>
        <comment>ok: the second result of a receive in Go</comment>
        <translation>Kanal geschlossen und geleert: nicht ok</translation>
    </message>
    <message>
        <source>in a select</source>
        <comment>Go&apos;s select statement</comment>
        <translation>in einem select</translation>
    </message>
    <message>
        <source>sent by %1 at %2, received by %3 at %4</source>
        <comment>a message; %1, %3: tasks; %2, %4: times</comment>
        <translation>gesendet von %1 bei %2, empfangen von %3 bei %4</translation>
    </message>
    <message>
        <source>tick #%1 on %2, dropped (nobody took the previous one)</source>
        <comment>%2: the ticker&apos;s channel</comment>
        <translation>Tick Nr. %1 von %2, verworfen (niemand hat den vorigen abgeholt)</translation>
    </message>
    <message>
        <source>tick #%1 on %2</source>
        <comment>%2: the ticker&apos;s channel</comment>
        <translation>Tick Nr. %1 von %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>when, the task that closed the channel</comment>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1 ×%2, shared lane</source>
        <comment>tasks that run one after another in one lane, as in: beat x10</comment>
        <translation>%1 ×%2, gemeinsame Spur</translation>
    </message>
    <message>
        <source>the time %1</source>
        <comment>a value sent on a channel: a time of the run clock</comment>
        <translation>die Zeit %1</translation>
    </message>
    <message>
        <source>volume %1</source>
        <comment>a value sent on a channel</comment>
        <translation>Lautstärke %1</translation>
    </message>
    <message>
        <source>beat #%1</source>
        <comment>a value sent on a channel: the number of a beat</comment>
        <translation>Schlag Nr. %1</translation>
    </message>
    <message>
        <source>a request</source>
        <comment>a value sent on a channel that only asks</comment>
        <translation>eine Anfrage</translation>
    </message>
    <message>
        <source>value %1</source>
        <comment>a value sent on a channel</comment>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>beat #%1 at volume %2, lost (after the end of program)</source>
        <comment>%2: its volume</comment>
        <translation>Schlag Nr. %1 mit Lautstärke %2, verloren (nach dem Programmende)</translation>
    </message>
    <message>
        <source>beat #%1 at volume %2</source>
        <comment>%2: its volume</comment>
        <translation>Schlag Nr. %1 mit Lautstärke %2</translation>
    </message>
    <message>
        <source>%1, message #%2</source>
        <comment>%1: what was sent, as in &apos;volume 58&apos;</comment>
        <translation>%1, Nachricht Nr. %2</translation>
    </message>
    <message>
        <source>message #%1 on %2: %3, in the channel %4</source>
        <comment>%2: the channel; %3: what was sent; %4: how long</comment>
        <translation>Nachricht Nr. %1 über %2: %3, %4 im Kanal</translation>
    </message>
    <message>
        <source>no beat #%1 was performed before the end of program</source>
        <translation>vor dem Programmende wurde kein Schlag #%1 gespielt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would have been printed (after the end of program)</source>
        <translation>„%1“ wäre ausgegeben worden (nach dem Programmende)</translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <translation>„%1“ ausgegeben</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>when, the task that printed</comment>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>duplicate: beat #%1 was already performed</source>
        <translation>doppelt: Schlag #%1 wurde schon gespielt</translation>
    </message>
    <message>
        <source>performed by the task “%1”</source>
        <comment>a beat, by the task&apos;s name</comment>
        <translation>gespielt von der Task „%1“</translation>
    </message>
</context>
<context>
    <name>TimelineNarrator</name>
    <message>
        <source>Replay at %1</source>
        <translation>Wiederholung bei %1</translation>
    </message>
    <message>
        <source>Just passed: %1</source>
        <translation>Gerade passiert: %1</translation>
    </message>
    <message>
        <source>Under the cursor:</source>
        <translation>Unter dem Cursor:</translation>
    </message>
</context>
<context>
    <name>cacophony</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range</source>
        <translation>die Größe %1×%2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large</source>
        <translation>%1×%2 Pixel sind zu groß</translation>
    </message>
    <message>
        <source>out of memory for %1×%2 pixels</source>
        <translation>nicht genug Speicher für %1×%2 Pixel</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Writer konnte nicht starten</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>der SVG-Writer konnte nicht starten</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>cacophony::AudioMenu</name>
    <message>
        <source>Output &amp;Device</source>
        <translation>Ausgabe&amp;gerät</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Audio device &quot;%1&quot; is not available; using the default.</source>
        <translation>Audiogerät „%1“ ist nicht verfügbar; verwende das Standardgerät.</translation>
    </message>
    <message>
        <source>No output device found</source>
        <translation>Kein Ausgabegerät gefunden</translation>
    </message>
    <message>
        <source>No Sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Sound goes to %1.</source>
        <translation>Ton geht an %1.</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Audiogerät</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>The metronome plays silently: %1 Choose a device in Audio &gt; Output Device.</source>
        <translation>Das Metronom spielt lautlos: %1 Wähle ein Gerät unter Audio &gt; Ausgabegerät.</translation>
    </message>
    <message>
        <source>Muted (Audio &gt; Mute)</source>
        <translation>Stumm (Audio &gt; Stumm)</translation>
    </message>
</context>
<context>
    <name>cacophony::BeatFlash</name>
    <message>
        <source>The beat being heard: the first of the bar (the accent) in orange</source>
        <translation>Der gerade hörbare Schlag: der erste des Takts (die Betonung) in Orange</translation>
    </message>
</context>
<context>
    <name>cacophony::ChartExporter</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Nothing to export: no runs.</source>
        <translation>Nichts zu exportieren: keine Durchläufe.</translation>
    </message>
    <message>
        <source>Metronome&apos;s Cacophony — %1 runs at %2 BPM, %3 beats, seed %4</source>
        <translation>Metronome&apos;s Cacophony — %1 Durchläufe mit %2 BPM, %3 Schläge, Seed %4</translation>
    </message>
    <message>
        <source>%1 beats</source>
        <translation>%1 Schläge</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>endlos</translation>
    </message>
    <message>
        <source>%1 · %2 BPM · %3 · seed %4</source>
        <translation>%1 · %2 BPM · %3 · Seed %4</translation>
    </message>
    <message>
        <source>Metronome&apos;s Cacophony — the lessons, %1 BPM, seed %2</source>
        <translation>Metronome&apos;s Cacophony — die Lektionen, %1 BPM, Seed %2</translation>
    </message>
</context>
<context>
    <name>cacophony::ComparisonView</name>
    <message>
        <source>Close comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Back to the single timeline (Esc)</source>
        <translation>Zurück zur einzelnen Zeitleiste (Esc)</translation>
    </message>
    <message>
        <source>Two runs on one time axis: further right is later in both.</source>
        <translation>Zwei Durchläufe auf einer Zeitachse: Weiter rechts ist in beiden später.</translation>
    </message>
</context>
<context>
    <name>cacophony::ControlStrip</name>
    <message>
        <source>continuous</source>
        <translation>endlos</translation>
    </message>
    <message>
        <source>Beats per run: the series plays 15. 0 plays continuously until Stop.</source>
        <translation>Schläge pro Durchlauf: Die Serie spielt 15. 0 spielt endlos bis Stopp.</translation>
    </message>
    <message>
        <source>Seed of the simulated delays and volumes: the same seed repeats them (thread scheduling still differs — that is the point).</source>
        <translation>Seed der simulierten Verzögerungen und Lautstärken: Derselbe Seed wiederholt sie (das Thread-Scheduling unterscheidet sich trotzdem — genau darum geht es).</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>&amp;Schläge</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Master volume of the clicks</source>
        <translation>Gesamtlautstärke der Klicks</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
</context>
<context>
    <name>cacophony::ExportActions</name>
    <message>
        <source>Unsupported file type &quot;%1&quot;: use .png, .jpg, .pdf or .svg.</source>
        <translation>Nicht unterstützter Dateityp „%1“: Verwende .png, .jpg, .pdf oder .svg.</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Bild kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Cannot export the series page</source>
        <translation>Die Serienseite kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Running the 14 scenarios…</source>
        <translation>Die 14 Szenarien laufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Series Page</source>
        <translation>Serienseite exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>cacophony::ExportOptionsDialog</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>fitted to the charts</source>
        <translation>an die Diagramme angepasst</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Keep aspect ratio</source>
        <translation>&amp;Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <source>&amp;Use on-screen size (%1 × %2)</source>
        <translation>Angezeigte Größe &amp;verwenden (%1 × %2)</translation>
    </message>
    <message>
        <source>Device pixels per pixel: 2× is sharp on high-DPI screens and in slides</source>
        <translation>Gerätepixel pro Pixel: 2× ist auf High-DPI-Bildschirmen und in Folien scharf</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>PDF and SVG stay vector: the scale applies to PNG and JPG only.</source>
        <translation>PDF und SVG bleiben Vektorgrafik: Die Skalierung gilt nur für PNG und JPG.</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Use on-screen width (%1)</source>
        <translation>Angezeigte Breite &amp;verwenden (%1)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>%1 Pixel breit</translation>
    </message>
    <message>
        <source>%1 points wide, vector</source>
        <translation>%1 Punkt breit, Vektorgrafik</translation>
    </message>
    <message>
        <source>%1 pixels wide, vector</source>
        <translation>%1 Pixel breit, Vektorgrafik</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 × %2 points, vector</source>
        <translation>%1 × %2 Punkt, Vektorgrafik</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector</source>
        <translation>%1 × %2 Pixel, Vektorgrafik</translation>
    </message>
    <message>
        <source>%1
too large: at most %2 million pixels</source>
        <translation>%1
zu groß: höchstens %2 Millionen Pixel</translation>
    </message>
    <message>
        <source>&amp;Presentation scale (%1×)</source>
        <translation>&amp;Präsentationsmaßstab (%1×)</translation>
    </message>
    <message>
        <source>Text and marks %1 times their size, as View &gt; Presentation shows them on a projector</source>
        <translation>Text und Markierungen %1-mal so groß, wie Ansicht &gt; Präsentation sie am Beamer zeigt</translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation>%1 (existiert nicht)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>W&amp;hole run</source>
        <translation>&amp;Ganzer Lauf</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>Sicht&amp;barer Bereich</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>JPG quality: higher is sharper and larger; 90 or more keeps thin lines clean</source>
        <translation>JPG-Qualität: höher ist schärfer und größer; ab 90 bleiben dünne Linien sauber</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
</context>
<context>
    <name>cacophony::FirstStartBanner</name>
    <message>
        <source>&lt;b&gt;Play scenario 9, then 14 — hear the difference.&lt;/b&gt; The naive version spawns a task per beat: beats overlap, come out of order and get lost. The services version stays on time.</source>
        <translation>&lt;b&gt;Spiele Szenario 9, dann 14 — hör den Unterschied.&lt;/b&gt; Die naive Version startet einen Task pro Schlag: Schläge überlappen, kommen in falscher Reihenfolge und gehen verloren. Die Version mit Diensten bleibt im Takt.</translation>
    </message>
    <message>
        <source>Play 9</source>
        <translation>9 spielen</translation>
    </message>
    <message>
        <source>Play scenario 9, the naive asynchronous metronome</source>
        <translation>Szenario 9 spielen, das naive asynchrone Metronom</translation>
    </message>
    <message>
        <source>Play 14</source>
        <translation>14 spielen</translation>
    </message>
    <message>
        <source>Play scenario 14, the metronome built from services and channels</source>
        <translation>Szenario 14 spielen, das Metronom aus Diensten und Kanälen</translation>
    </message>
    <message>
        <source>Play 9, then 14, and compare</source>
        <translation>9, dann 14 spielen und vergleichen</translation>
    </message>
    <message>
        <source>Play both one after the other, then show them stacked on one time axis</source>
        <translation>Beide nacheinander spielen, dann übereinander auf einer Zeitachse zeigen</translation>
    </message>
    <message>
        <source>Hide this hint (Help ▸ First-start hint shows it again)</source>
        <translation>Diesen Hinweis ausblenden (Hilfe ▸ Hinweis zum Start zeigt ihn wieder)</translation>
    </message>
    <message>
        <source>Just a metronome</source>
        <translation>Nur ein Metronom</translation>
    </message>
    <message>
        <source>A steady click track with accents and subdivisions; the scenarios are one click away</source>
        <translation>Ein gleichmäßiger Klick mit Betonungen und Unterteilungen; die Szenarien sind einen Klick entfernt</translation>
    </message>
</context>
<context>
    <name>cacophony::HistoryPanel</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the selected run in the timeline and statistics (Enter)</source>
        <translation>Den ausgewählten Durchlauf in Zeitleiste und Statistik zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Stack two selected runs on one shared time axis, as the series does (Ctrl+K); with one selected, compares it with the newest run</source>
        <translation>Zwei ausgewählte Durchläufe auf einer gemeinsamen Zeitachse stapeln, wie die Serie (Strg+K); bei einem ausgewählten wird er mit dem neuesten verglichen</translation>
    </message>
    <message>
        <source>Earlier runs, kept across restarts. Double-click (or Enter) shows one again; select two and press Compare to stack them on one time axis. Columns that do not fit the panel are in each row&apos;s tooltip.</source>
        <translation>Frühere Durchläufe, über Neustarts hinweg aufbewahrt. Doppelklick (oder Eingabe) zeigt einen erneut; zwei auswählen und Vergleichen drücken, um sie auf einer Zeitachse zu stapeln. Spalten, die nicht in das Feld passen, stehen im Tooltip jeder Zeile.</translation>
    </message>
</context>
<context>
    <name>cacophony::HistoryStore</name>
    <message>
        <source>History: skipped %1 (%2)</source>
        <translation>Verlauf: %1 übersprungen (%2)</translation>
    </message>
    <message>
        <source>History is not kept on disk: cannot write to %1 (%2).</source>
        <translation>Der Verlauf wird nicht auf der Festplatte gespeichert: %1 ist nicht beschreibbar (%2).</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>cacophony::LiveRunPresenter</name>
    <message>
        <source>%1 / %2 beats, %3 lost</source>
        <translation>%1 / %2 Schläge, %3 verloren</translation>
    </message>
    <message>
        <source>Beats performed in this run, of those expected</source>
        <translation>In diesem Durchlauf gespielte Schläge von den erwarteten</translation>
    </message>
    <message>
        <source>%1 / %2 beats</source>
        <translation>%1 / %2 Schläge</translation>
    </message>
    <message>
        <source>%1 beats</source>
        <translation>Schläge: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>keeps the last %1</source>
        <translation>behält die letzten %1</translation>
    </message>
    <message>
        <source>last %1 kept, %2 older events dropped</source>
        <translation>letzte %1 behalten, %2 ältere Ereignisse verworfen</translation>
    </message>
    <message>
        <source>A continuous run keeps only its newest %1 (at most %2 events) in memory, so it can play for hours. Older events leave the timeline, the statistics and the saved trace.</source>
        <translation>Ein Dauerlauf behält nur seine neuesten %1 (höchstens %2 Ereignisse) im Speicher und kann so stundenlang spielen. Ältere Ereignisse verschwinden aus der Zeitleiste, der Statistik und der gespeicherten Aufzeichnung.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Run finished. Lines printed: %1, lost: %2, out of order: %3.</source>
        <translation>Lauf beendet. Ausgegebene Zeilen: %1, verloren: %2, außer der Reihe: %3.</translation>
    </message>
    <message>
        <source>Run finished. Beats: %1, lost: %2, out of order: %3.</source>
        <translation>Durchlauf beendet. Schläge: %1, verloren: %2, außer der Reihe: %3.</translation>
    </message>
</context>
<context>
    <name>cacophony::LogConsole</name>
    <message>
        <source>What the run printed, in the order it was printed, with its run time. Lines after the red end of program are greyed: the process had exited, they would have been printed.</source>
        <translation>Was der Lauf ausgab, in der Reihenfolge der Ausgabe, mit seiner Laufzeit. Zeilen nach dem roten Programmende sind ausgegraut: der Prozess war beendet, sie wären ausgegeben worden.</translation>
    </message>
    <message>
        <source>(would have printed)</source>
        <translation>(wäre ausgegeben worden)</translation>
    </message>
    <message>
        <source>beat %1  volume %2  %3</source>
        <translation>Schlag %1  Lautstärke %2  %3</translation>
    </message>
    <message>
        <source>(lost: after the end of program)</source>
        <translation>(verloren: nach dem Programmende)</translation>
    </message>
    <message>
        <source>──── end of program ────</source>
        <translation>──── Programmende ────</translation>
    </message>
</context>
<context>
    <name>cacophony::MainWindow</name>
    <message>
        <source>Some settings were invalid and have been reset: %1</source>
        <translation>Einige Einstellungen waren ungültig und wurden zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>from the history, %1</source>
        <translation>aus dem Verlauf, %1</translation>
    </message>
    <message>
        <source>About Cacophony</source>
        <translation>Über Cacophony</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cacophony %1&lt;/h3&gt;&lt;p&gt;A metronome that lets you hear and see concurrency go wrong.&lt;/p&gt;&lt;p&gt;Each beat is produced by one of the metronome implementations of the blog series &lt;i&gt;Metronome&apos;s Cacophony — concurrency in Go&lt;/i&gt;. Switch the implementation and hear beats arrive late, out of order or not at all; the timeline shows why.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cacophony %1&lt;/h3&gt;&lt;p&gt;Ein Metronom, mit dem man hört und sieht, wie Nebenläufigkeit schiefgeht.&lt;/p&gt;&lt;p&gt;Jeder Schlag stammt aus einer der Metronom-Implementierungen der Blogserie &lt;i&gt;Metronome&apos;s Cacophony — concurrency in Go&lt;/i&gt;. Wechsle die Implementierung und hör, wie Schläge zu spät, in falscher Reihenfolge oder gar nicht kommen; die Zeitleiste zeigt, warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to replay yet: play a run, or open one from the history or a trace file.</source>
        <translation>Noch nichts zu wiederholen: Spiele einen Durchlauf ab oder öffne einen aus dem Verlauf oder aus einer Trace-Datei.</translation>
    </message>
    <message>
        <source>not played yet</source>
        <translation>noch nicht gespielt</translation>
    </message>
</context>
<context>
    <name>cacophony::MeterControls</name>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Takt</translation>
    </message>
    <message>
        <source>S&amp;ubdivide</source>
        <translation>&amp;Unterteilung</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Betonungen</translation>
    </message>
    <message>
        <source>Accent beat %1</source>
        <translation>Schlag %1 betonen</translation>
    </message>
    <message>
        <source>Time signature: beats per bar, and the note the tempo counts</source>
        <translation>Taktart: Schläge pro Takt und der Notenwert, den das Tempo zählt</translation>
    </message>
    <message>
        <source>Quieter clicks between the beats</source>
        <translation>Leisere Klicks zwischen den Schlägen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Eighths</source>
        <translation>Achtel</translation>
    </message>
    <message>
        <source>Triplets</source>
        <translation>Triolen</translation>
    </message>
    <message>
        <source>Sixteenths</source>
        <translation>Sechzehntel</translation>
    </message>
</context>
<context>
    <name>cacophony::MetronomeMode</name>
    <message>
        <source>&lt;b&gt;Metronome&lt;/b&gt; — %1, %2. ↑/↓ ±1 BPM, PgUp/PgDn ±10, Space plays and stops, T taps.</source>
        <translation>&lt;b&gt;Metronom&lt;/b&gt; — %1, %2. ↑/↓ ±1 BPM, Bild↑/Bild↓ ±10, Leertaste spielt und stoppt, T tippt das Tempo.</translation>
    </message>
</context>
<context>
    <name>cacophony::ModeSwitch</name>
    <message>
        <source>Metronome</source>
        <translation>Metronom</translation>
    </message>
    <message>
        <source>A steady click track at the dial&apos;s tempo, with accents and subdivisions</source>
        <translation>Ein gleichmäßiger Klick im Tempo des Reglers, mit Betonungen und Unterteilungen</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Nebenläufigkeit</translation>
    </message>
    <message>
        <source>The concurrency scenarios: hear and see beats go wrong</source>
        <translation>Die Nebenläufigkeits-Szenarien: hören und sehen, wie Schläge schiefgehen</translation>
    </message>
</context>
<context>
    <name>cacophony::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Full screen for a projector: large text and marks, high contrast, only the timeline, the explanation, Play and Replay</source>
        <translation>Vollbild für den Beamer: große Schrift und Markierungen, hoher Kontrast, nur die Zeitleiste, die Erklärung, Spielen und Wiederholen</translation>
    </message>
    <message>
        <source>Text and marks %1 times their size in presentation mode</source>
        <translation>Text und Markierungen im Präsentationsmodus %1-mal so groß</translation>
    </message>
</context>
<context>
    <name>cacophony::ReplayBar</name>
    <message>
        <source>%1 of %2</source>
        <comment>replay position: time of the run, of its length</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation>Wiederholung anhalten (P)</translation>
    </message>
    <message>
        <source>Resume the replay from the cursor (P)</source>
        <translation>Wiederholung ab dem Cursor fortsetzen (P)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Play the run on screen back slowly: a cursor sweeps the timeline and each beat sounds as it passes (R)</source>
        <translation>Den Durchlauf auf dem Bildschirm langsam wiedergeben: Ein Cursor läuft über die Zeitleiste, und jeder Schlag erklingt, wenn er ihn passiert (R)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Pause and go back to the previous event (←)</source>
        <translation>Anhalten und zum vorigen Ereignis zurück (←)</translation>
    </message>
    <message>
        <source>Pause and go on to the next event; a beat there sounds (→)</source>
        <translation>Anhalten und weiter zum nächsten Ereignis; ein Schlag dort erklingt (→)</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Geschwin&amp;digkeit</translation>
    </message>
    <message>
        <source>Replay speed: 1/10 plays the run ten times slower, so a 6000 BPM run is heard at 600 BPM</source>
        <translation>Wiedergabetempo: 1/10 spielt den Durchlauf zehnmal langsamer, ein Durchlauf mit 6000 BPM klingt dann wie 600 BPM</translation>
    </message>
    <message>
        <source>R&amp;eplay</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>Step F&amp;orward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>spread: clicks %1 ms apart or more, in their order</source>
        <translation>verteilt: Klicks mindestens %1 ms auseinander, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Sp&amp;read</source>
        <translation>Ver&amp;teilt</translation>
    </message>
    <message>
        <source>Spread the clicks at least %1 ms apart, in their order, so that clicks that nearly coincide (a lesson&apos;s printed lines) are heard one by one, each by its pitch; they then lag the cursor. Off: every click exactly when it happened, slowed by the speed</source>
        <translation>Verteilt die Klicks mindestens %1 ms auseinander, in ihrer Reihenfolge, damit fast gleichzeitige Klicks (die ausgegebenen Zeilen einer Lektion) einzeln zu hören sind, jeder an seiner Tonhöhe; sie laufen dann dem Cursor hinterher. Aus: jeder Klick genau dann, wann er geschah, verlangsamt um die Geschwindigkeit</translation>
    </message>
</context>
<context>
    <name>cacophony::RunController</name>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot start the run: %1.</source>
        <translation>Der Lauf kann nicht starten: %1.</translation>
    </message>
</context>
<context>
    <name>cacophony::RunHistory</name>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (gestoppt)</translation>
    </message>
    <message>
        <source>%1
%2 BPM, seed %3, %4 beats, %5 lost, %6 out of order
%7</source>
        <translation>%1
%2 BPM, Seed %3, Schläge: %4, verloren: %5, außer der Reihe: %6
%7</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>Unordnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tempo in beats per minute</source>
        <translation>Tempo in Schlägen pro Minute</translation>
    </message>
    <message>
        <source>Beats performed before the end of program</source>
        <translation>Vor dem Programmende gespielte Schläge</translation>
    </message>
    <message>
        <source>Beats lost: never performed or performed after the end of program</source>
        <translation>Verlorene Schläge: nie gespielt oder nach dem Programmende gespielt</translation>
    </message>
    <message>
        <source>Beats performed out of order</source>
        <translation>Außer der Reihe gespielte Schläge</translation>
    </message>
    <message>
        <source>When the run ended</source>
        <translation>Wann der Durchlauf endete</translation>
    </message>
    <message>
        <source>Stopped: the beats not yet due were not lost.</source>
        <translation>Gestoppt: die noch nicht fälligen Schläge gingen nicht verloren.</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
    <message>
        <source>%1 — %2, seed %3</source>
        <translation>%1 — %2, Seed %3</translation>
    </message>
    <message>
        <source>%1 — %2 lines lost, %3 out of order</source>
        <translation>%1 — %2 Zeilen verloren, %3 außer der Reihe</translation>
    </message>
    <message>
        <source>%1 — %2 BPM, %3 lost, %4 out of order</source>
        <translation>%1 — %2 BPM, verloren: %3, außer der Reihe: %4</translation>
    </message>
    <message>
        <source>Scenario number (as in the series), lesson (in the series&apos; order) or custom</source>
        <translation>Szenarionummer (wie in der Serie), Lektion (in der Reihenfolge der Serie) oder eigene</translation>
    </message>
</context>
<context>
    <name>cacophony::RunScreen</name>
    <message>
        <source>Cacophony — Metronome</source>
        <translation>Cacophony — Metronom</translation>
    </message>
    <message>
        <source>Cacophony — %1</source>
        <translation>Cacophony — %1</translation>
    </message>
    <message>
        <source>Comparing two runs on one time axis. Esc returns to the timeline.</source>
        <translation>Vergleich zweier Durchläufe auf einer Zeitachse. Esc kehrt zur Zeitleiste zurück.</translation>
    </message>
</context>
<context>
    <name>cacophony::ScenarioHeader</name>
    <message>
        <source>Execution time of volume measurement is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die Ausführungszeit der Lautstärkemessung ist &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Lesson: %1.</source>
        <translation>Lektion: %1.</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Eigene: %1</translation>
    </message>
</context>
<context>
    <name>cacophony::ScenarioPicker</name>
    <message>
        <source>Custom: any strategy × delay profile</source>
        <translation>Eigene: beliebige Strategie × Verzögerungsprofil</translation>
    </message>
    <message>
        <source>Custom run: the metronome implementation (strategy).</source>
        <translation>Eigener Durchlauf: die Metronom-Implementierung (Strategie).</translation>
    </message>
    <message>
        <source>Custom run: how long a volume measurement takes. Short: half a beat; oscillating: a slow wave from 0.2 to 2.5 beats; random: 0.2 to 2.5 beats.</source>
        <translation>Eigener Durchlauf: wie lange eine Lautstärkemessung dauert. Kurz: ein halber Schlag; schwankend: eine langsame Welle von 0,2 bis 2,5 Schlägen; zufällig: 0,2 bis 2,5 Schläge.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>The metronome implementation to run: the 14 scenarios of the series in its order, a custom strategy and delay profile, or one of the lessons, the series&apos; small goroutine programs ([ and ] step through).</source>
        <translation>Die auszuführende Metronom-Implementierung: die 14 Szenarien der Serie in ihrer Reihenfolge, eine eigene Strategie mit Verzögerungsprofil oder eine der Lektionen, der kleinen Goroutinen-Programme der Serie ([ und ] blättern).</translation>
    </message>
</context>
<context>
    <name>cacophony::SeriesRunner</name>
    <message>
        <source>The run of %1 did not complete.</source>
        <translation>Der Durchlauf von %1 wurde nicht beendet.</translation>
    </message>
</context>
<context>
    <name>cacophony::SidePanels</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>The numbers of the run on screen</source>
        <translation>Die Zahlen des angezeigten Durchlaufs</translation>
    </message>
    <message>
        <source>Click a beat, a measurement, a task or a channel operation in the timeline to see its details here.</source>
        <translation>Klicke einen Schlag, eine Messung, einen Task oder eine Kanaloperation in der Zeitleiste an, um hier die Details zu sehen.</translation>
    </message>
    <message>
        <source>Details of the item clicked in the timeline</source>
        <translation>Details des in der Zeitleiste angeklickten Elements</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Log Console</source>
        <translation>Log-Konsole</translation>
    </message>
</context>
<context>
    <name>cacophony::StatsPanel</name>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Beats per minute and the beat interval.</source>
        <translation>Schläge pro Minute und das Schlagintervall.</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Schläge</translation>
    </message>
    <message>
        <source>Beats performed before the end of program, of those expected.</source>
        <translation>Vor dem Programmende gespielte Schläge von den erwarteten.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Beats never performed, or performed after the end of program (in Go the process would already have exited).</source>
        <translation>Nie gespielte oder nach dem Programmende gespielte Schläge (in Go wäre der Prozess schon beendet).</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Beats performed after a beat with a higher number.</source>
        <translation>Schläge, die nach einem Schlag mit höherer Nummer gespielt wurden.</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <source>How late beats are against their ideal time: mean, 99th percentile, maximum.</source>
        <translation>Wie spät Schläge gegenüber ihrer idealen Zeit sind: Mittel, 99. Perzentil, Maximum.</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Standard deviation of the intervals between consecutive beats; 0 is a perfect metronome. The mean interval is in brackets.</source>
        <translation>Standardabweichung der Intervalle zwischen aufeinanderfolgenden Schlägen; 0 ist ein perfektes Metronom. Das mittlere Intervall steht in Klammern.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Stale volumes</source>
        <translation>Veraltete Lautstärken</translation>
    </message>
    <message>
        <source>Beats whose volume came from a measurement an earlier beat had already used.</source>
        <translation>Schläge, deren Lautstärke aus einer Messung stammt, die ein früherer Schlag schon benutzt hat.</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Überlappend</translation>
    </message>
    <message>
        <source>Volume measurements that ran at the same time as another one.</source>
        <translation>Lautstärkemessungen, die gleichzeitig mit einer anderen liefen.</translation>
    </message>
    <message>
        <source>Dropped ticks</source>
        <translation>Verworfene Ticks</translation>
    </message>
    <message>
        <source>Ticker ticks nobody received in time: the ticker drops them for a slow receiver.</source>
        <translation>Ticks, die niemand rechtzeitig empfing: Der Ticker verwirft sie für einen langsamen Empfänger.</translation>
    </message>
    <message>
        <source>Spin time</source>
        <translation>Spin-Zeit</translation>
    </message>
    <message>
        <source>Total time spent busy-waiting.</source>
        <translation>Gesamte Zeit im aktiven Warten.</translation>
    </message>
    <message>
        <source>End of program</source>
        <translation>Programmende</translation>
    </message>
    <message>
        <source>When the metronome function returned (the red line).</source>
        <translation>Wann die Metronom-Funktion zurückkehrte (die rote Linie).</translation>
    </message>
    <message>
        <source>No run yet. Press Play (Space).</source>
        <translation>Noch kein Durchlauf. Drücke Spielen (Leertaste).</translation>
    </message>
    <message>
        <source>%1 BPM (%2)</source>
        <translation>%1 BPM (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · p99 %2 · max %3</source>
        <translation>%1 · p99 %2 · max. %3</translation>
    </message>
    <message>
        <source>%1, continuous</source>
        <translation>%1, endlos</translation>
    </message>
    <message>
        <source>%1 — not played yet. Press Play (Space).</source>
        <translation>%1 — noch nicht gespielt. Drücke Spielen (Leertaste).</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>Startversatz</translation>
    </message>
    <message>
        <source>How late the first beat is against its ideal time: a constant delay set at the start (a ticker&apos;s first tick, the first measurement) that every later beat keeps. It is not drift.</source>
        <translation>Wie spät der erste Schlag gegenüber seiner idealen Zeit ist: eine feste Verzögerung vom Start (der erste Tick eines Tickers, die erste Messung), die jeder spätere Schlag behält. Das ist keine Drift.</translation>
    </message>
    <message>
        <source>How far the last beat strays from the grid the first beat set: time lost or gained over the run, without the start offset.</source>
        <translation>Wie weit der letzte Schlag von dem Raster abweicht, das der erste Schlag gesetzt hat: im Lauf verlorene oder gewonnene Zeit, ohne den Startversatz.</translation>
    </message>
    <message>
        <source>%1 (mean interval %2)</source>
        <translation>%1 (mittleres Intervall %2)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doppelte</translation>
    </message>
    <message>
        <source>Beats performed with a number an earlier beat already had (the closure bug: tasks reading the loop counter when they run).</source>
        <translation>Schläge mit einer Nummer, die ein früherer Schlag schon hatte (der Closure-Fehler: Tasks lesen den Schleifenzähler, wenn sie laufen).</translation>
    </message>
    <message>
        <source>Printed lines</source>
        <translation>Ausgegebene Zeilen</translation>
    </message>
    <message>
        <source>A lesson&apos;s log lines: printed before the end of program, cut off after it (would have printed), and printed after a line that comes later in the program.</source>
        <translation>Die Log-Zeilen einer Lektion: vor dem Programmende ausgegeben, danach abgeschnitten (wären ausgegeben worden) und nach einer Zeile ausgegeben, die im Programm später kommt.</translation>
    </message>
    <message>
        <source>%1 printed · %2 lost · %3 out of order</source>
        <translation>%1 ausgegeben · %2 verloren · %3 außer der Reihe</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (gestoppt)</translation>
    </message>
</context>
<context>
    <name>cacophony::TempoControl</name>
    <message>
        <source> BPM</source>
        <translation> BPM</translation>
    </message>
    <message>
        <source>Beats per minute, 1 to 6000. The series plays at 6000 (10 ms per beat).</source>
        <translation>Schläge pro Minute, 1 bis 6000. Die Serie spielt mit 6000 (10 ms pro Schlag).</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Tap tempo (T): tap at least twice in time; the tempo is the average of the last taps. A pause of two seconds starts over.</source>
        <translation>Tempo tippen (T): mindestens zweimal im Takt tippen; das Tempo ist der Mittelwert der letzten Tipps. Eine Pause von zwei Sekunden beginnt von vorn.</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Tempo: drag up or right to speed up, down or left to slow down (Shift for finer steps); the wheel and the arrow keys change it one BPM at a time. A click alone keeps the tempo. Most of the turn covers 20–300 BPM; the last part reaches the series&apos; 6000 BPM.</source>
        <translation>Tempo: nach oben oder rechts ziehen beschleunigt, nach unten oder links verlangsamt (mit Umschalt feiner); Mausrad und Pfeiltasten ändern es um je einen BPM. Ein bloßer Klick lässt das Tempo, wie es ist. Der größte Teil der Drehung deckt 20–300 BPM ab; der letzte Teil reicht bis zu den 6000 BPM der Serie.</translation>
    </message>
</context>
<context>
    <name>cacophony::TimeAxisTicker</name>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
</context>
<context>
    <name>cacophony::TimelineLayer</name>
    <message>
        <source>ideal beat</source>
        <translation>idealer Schlag</translation>
    </message>
    <message>
        <source>volume measurement</source>
        <translation>Lautstärkemessung</translation>
    </message>
    <message>
        <source>beat</source>
        <translation>Schlag</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>end of program</source>
        <translation>Programmende</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchron</translation>
    </message>
    <message>
        <source>return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>spinning</source>
        <translation>aktives Warten</translation>
    </message>
    <message>
        <source>Ideal beats</source>
        <translation>Ideale Schläge</translation>
    </message>
    <message>
        <source>Volume measurements</source>
        <translation>Lautstärkemessungen</translation>
    </message>
    <message>
        <source>Actual beats</source>
        <translation>Tatsächliche Schläge</translation>
    </message>
    <message>
        <source>measuring volume</source>
        <translation>Lautstärkemessung</translation>
    </message>
    <message>
        <source>beat (its number)</source>
        <translation>Schlag (seine Nummer)</translation>
    </message>
    <message>
        <source>channel (its buffer size)</source>
        <translation>Kanal (Puffergröße)</translation>
    </message>
    <message>
        <source>message in a channel</source>
        <translation>Nachricht im Kanal</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>Tick</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Zoomed in on the printed lines: %1 of a %2 run shown (scroll to zoom out)</source>
        <translation>Vergrößert auf die gedruckten Zeilen: %1 eines Laufs von %2 gezeigt (zum Verkleinern scrollen)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>printed line (# in the order printed)</source>
        <translation>gedruckte Zeile (# in Druckreihenfolge)</translation>
    </message>
</context>
<context>
    <name>cacophony::TraceFileActions</name>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Play a run first: there is no trace on screen.</source>
        <translation>Spiele zuerst einen Durchlauf: Es wird kein Trace angezeigt.</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation>Trace speichern</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome-Trace (*.json)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving cancelled: nothing was written.</source>
        <translation>Speichern abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save trace</source>
        <translation>Trace kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot open trace</source>
        <translation>Trace kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened as a Cacophony trace.

%2</source>
        <translation>%1 konnte nicht als Cacophony-Trace geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Traces (*.json *.perfetto-trace *.pftrace);;Chrome trace (*.json);;Perfetto trace (*.perfetto-trace *.pftrace);;All files (*)</source>
        <translation>Traces (*.json *.perfetto-trace *.pftrace);;Chrome-Trace (*.json);;Perfetto-Trace (*.perfetto-trace *.pftrace);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Perfetto trace (*.perfetto-trace *.pftrace)</source>
        <translation>Perfetto-Trace (*.perfetto-trace *.pftrace)</translation>
    </message>
</context>
<context>
    <name>cacophony::WindowActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Spielen</translation>
    </message>
    <message>
        <source>&amp;Tap Tempo</source>
        <translation>&amp;Tempo tippen</translation>
    </message>
    <message>
        <source>Tap tempo: tap twice or more in time</source>
        <translation>Tempo tippen: mindestens zweimal im Takt tippen</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>S&amp;chneller</translation>
    </message>
    <message>
        <source>One BPM faster</source>
        <translation>Ein BPM schneller</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>One BPM slower</source>
        <translation>Ein BPM langsamer</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>&amp;Nächstes Szenario</translation>
    </message>
    <message>
        <source>Switch to the next scenario</source>
        <translation>Zum nächsten Szenario wechseln</translation>
    </message>
    <message>
        <source>P&amp;revious Scenario</source>
        <translation>&amp;Vorheriges Szenario</translation>
    </message>
    <message>
        <source>Switch to the previous scenario</source>
        <translation>Zum vorherigen Szenario wechseln</translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation>Neuer S&amp;eed</translation>
    </message>
    <message>
        <source>Pick a new random seed: other delays and volumes</source>
        <translation>Einen neuen zufälligen Seed wählen: andere Verzögerungen und Lautstärken</translation>
    </message>
    <message>
        <source>&amp;Demonstration: 9, then 14</source>
        <translation>&amp;Demonstration: 9, dann 14</translation>
    </message>
    <message>
        <source>Play scenario 9, then 14, then compare them stacked</source>
        <translation>Szenario 9, dann 14 spielen und übereinander vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, JPG, PDF or SVG</source>
        <translation>Die Zeitleiste als PNG, JPG, PDF oder SVG speichern</translation>
    </message>
    <message>
        <source>Export Series &amp;Page…</source>
        <translation>Serien&amp;seite exportieren…</translation>
    </message>
    <message>
        <source>Run all 14 scenarios and save their charts stacked on one page, like the series</source>
        <translation>Alle 14 Szenarien ausführen und ihre Diagramme untereinander auf einer Seite speichern, wie die Serie</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>Trace ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Trace…</source>
        <translation>Trace spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Cacophony</source>
        <translation>Cacophony beenden</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>&amp;Schläge</translation>
    </message>
    <message>
        <source>Beat view: ideal beats, volume measurements and actual beats, as in the series</source>
        <translation>Schlagansicht: ideale Schläge, Lautstärkemessungen und tatsächliche Schläge, wie in der Serie</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Task view: a lane per task and per channel, with sends, receives and spawns</source>
        <translation>Task-Ansicht: eine Spur pro Task und pro Kanal, mit Senden, Empfangen und Starten</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole run again</source>
        <translation>Wieder den ganzen Durchlauf zeigen</translation>
    </message>
    <message>
        <source>&amp;Follow Latest</source>
        <translation>&amp;Neuestem folgen</translation>
    </message>
    <message>
        <source>Keep the newest events in view while a run plays</source>
        <translation>Die neuesten Ereignisse im Blick behalten, während ein Durchlauf spielt</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>Durchläufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Stack two runs from the history on one shared time axis</source>
        <translation>Zwei Durchläufe aus dem Verlauf auf einer gemeinsamen Zeitachse stapeln</translation>
    </message>
    <message>
        <source>Close Co&amp;mparison</source>
        <translation>Vergleich s&amp;chließen</translation>
    </message>
    <message>
        <source>Back to the single timeline</source>
        <translation>Zurück zur einzelnen Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The look of your desktop</source>
        <translation>Das Aussehen deines Desktops</translation>
    </message>
    <message>
        <source>Light palette (good on a projector)</source>
        <translation>Helle Palette (gut für Beamer)</translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation>Dunkle Palette</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>Silence the clicks; the timeline keeps drawing</source>
        <translation>Die Klicks stummschalten; die Zeitleiste zeichnet weiter</translation>
    </message>
    <message>
        <source>&amp;First-Start Hint</source>
        <translation>&amp;Hinweis zum Start</translation>
    </message>
    <message>
        <source>Show the hint: play scenario 9, then 14</source>
        <translation>Den Hinweis zeigen: Szenario 9, dann 14 spielen</translation>
    </message>
    <message>
        <source>&amp;About Cacophony</source>
        <translation>&amp;Über Cacophony</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Durch&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Presentation &amp;Scale</source>
        <translation>Präsentations&amp;maßstab</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>A&amp;udio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Durchlauf stoppen</translation>
    </message>
    <message>
        <source>Play the chosen scenario at the chosen tempo</source>
        <translation>Das gewählte Szenario im gewählten Tempo spielen</translation>
    </message>
    <message>
        <source>Open a saved trace (Chrome trace JSON or Perfetto trace)</source>
        <translation>Eine gespeicherte Aufzeichnung öffnen (Chrome-Trace-JSON oder Perfetto-Trace)</translation>
    </message>
    <message>
        <source>Save the run on screen as a Chrome trace (.json) or a Perfetto trace (.perfetto-trace)</source>
        <translation>Den angezeigten Lauf als Chrome-Trace (.json) oder Perfetto-Trace (.perfetto-trace) speichern</translation>
    </message>
</context>
</TS>
