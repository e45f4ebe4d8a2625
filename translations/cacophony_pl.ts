<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AppSettings</name>
    <message>
        <source>Setting %1 was invalid; using %2.</source>
        <translation>Ustawienie %1 było nieprawidłowe; używam %2.</translation>
    </message>
    <message>
        <source>The settings file could not be read; using defaults.</source>
        <translation>Nie udało się odczytać pliku ustawień; używam domyślnych.</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Sound is off (CACOPHONY_AUDIO=none).</source>
        <translation>Dźwięk wyłączony (CACOPHONY_AUDIO=none).</translation>
    </message>
    <message>
        <source>Playing through %1.</source>
        <translation>Odtwarzanie przez %1.</translation>
    </message>
    <message>
        <source>No sound.</source>
        <translation>Brak dźwięku.</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>Dźwięk wyłączony.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>A metronome that lets you hear and see concurrency go wrong.</source>
        <translation>Metronom, który pozwala usłyszeć i zobaczyć, jak współbieżność idzie nie tak.</translation>
    </message>
    <message>
        <source>A trace file to open (optional).</source>
        <translation>Plik śladu do otwarcia (opcjonalnie).</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <source>Synchronous: measure once, then perform and sleep</source>
        <translation>Synchronicznie: zmierz raz, potem graj i śpij</translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep a constant interval</source>
        <translation>Synchronicznie: zmierz, zagraj, śpij stały odstęp</translation>
    </message>
    <message>
        <source>Synchronous: measure, perform, sleep what is left of the interval</source>
        <translation>Synchronicznie: zmierz, zagraj, śpij resztę odstępu</translation>
    </message>
    <message>
        <source>Synchronous with a ticker: on each tick measure, then perform</source>
        <translation>Synchronicznie z tickerem: przy każdym tyknięciu zmierz, potem zagraj</translation>
    </message>
    <message>
        <source>Synchronous with a ticker: measure, wait for the tick, perform</source>
        <translation>Synchronicznie z tickerem: zmierz, czekaj na tyknięcie, zagraj</translation>
    </message>
    <message>
        <source>A task per beat, nobody waits for them</source>
        <translation>Zadanie na każde uderzenie, nikt na nie nie czeka</translation>
    </message>
    <message>
        <source>A task per beat, and a wait group to wait for them</source>
        <translation>Zadanie na każde uderzenie i wait group, by na nie poczekać</translation>
    </message>
    <message>
        <source>A measuring task publishing through atomic variables</source>
        <translation>Zadanie mierzące publikuje przez zmienne atomowe</translation>
    </message>
    <message>
        <source>A measuring task publishing through a mutex-guarded state</source>
        <translation>Zadanie mierzące publikuje przez stan chroniony muteksem</translation>
    </message>
    <message>
        <source>A measuring task asked and answered over channels</source>
        <translation>Zadanie mierzące pytane i odpowiadające przez kanały</translation>
    </message>
    <message>
        <source>Four services joined by channels</source>
        <translation>Cztery usługi połączone kanałami</translation>
    </message>
    <message>
        <source>Constant delay, a single volume measurement before the loop</source>
        <translation>Stałe opóźnienie, jeden pomiar głośności przed pętlą</translation>
    </message>
    <message>
        <source>Constant delay, a volume measurement before each beat</source>
        <translation>Stałe opóźnienie, pomiar głośności przed każdym uderzeniem</translation>
    </message>
    <message>
        <source>Adaptive delay, a volume measurement before each beat</source>
        <translation>Adaptacyjne opóźnienie, pomiar głośności przed każdym uderzeniem</translation>
    </message>
    <message>
        <source>Adaptive delay, oscillating measurement time</source>
        <translation>Adaptacyjne opóźnienie, oscylujący czas pomiaru</translation>
    </message>
    <message>
        <source>Ticker: measure and perform on each tick</source>
        <translation>Ticker: zmierz i zagraj przy każdym tyknięciu</translation>
    </message>
    <message>
        <source>Ticker: measure first, then wait for the tick and perform</source>
        <translation>Ticker: najpierw zmierz, potem czekaj na tyknięcie i zagraj</translation>
    </message>
    <message>
        <source>Ticker, measure first, oscillating measurement time</source>
        <translation>Ticker, najpierw pomiar, oscylujący czas pomiaru</translation>
    </message>
    <message>
        <source>Ticker, measure first, random measurement time</source>
        <translation>Ticker, najpierw pomiar, losowy czas pomiaru</translation>
    </message>
    <message>
        <source>Asynchronous, naive: a task per beat</source>
        <translation>Asynchronicznie, naiwnie: zadanie na każde uderzenie</translation>
    </message>
    <message>
        <source>Asynchronous, naive, waiting for completion with a wait group</source>
        <translation>Asynchronicznie, naiwnie, z czekaniem na zakończenie (wait group)</translation>
    </message>
    <message>
        <source>Asynchronous with atomic variables</source>
        <translation>Asynchronicznie ze zmiennymi atomowymi</translation>
    </message>
    <message>
        <source>Asynchronous with a mutex protecting shared state</source>
        <translation>Asynchronicznie z muteksem chroniącym wspólny stan</translation>
    </message>
    <message>
        <source>Asynchronous with channels communicating state changes</source>
        <translation>Asynchronicznie z kanałami przekazującymi zmiany stanu</translation>
    </message>
    <message>
        <source>Asynchronous services joined by channels</source>
        <translation>Asynchroniczne usługi połączone kanałami</translation>
    </message>
    <message>
        <source>Steady tempo, but the volume is measured once and never changes.</source>
        <translation>Równe tempo, ale głośność jest mierzona raz i nigdy się nie zmienia.</translation>
    </message>
    <message>
        <source>Each period is the interval plus the measurement (about 1.5 intervals): the tempo is too slow and the error accumulates.</source>
        <translation>Każdy okres to odstęp plus pomiar (około 1,5 odstępu): tempo jest za wolne, a błąd się kumuluje.</translation>
    </message>
    <message>
        <source>Sleeping only what is left of the interval restores the tempo.</source>
        <translation>Spanie tylko przez resztę odstępu przywraca tempo.</translation>
    </message>
    <message>
        <source>Whenever a measurement takes longer than an interval the beat is late, and the lost time is never made up.</source>
        <translation>Gdy pomiar trwa dłużej niż odstęp, uderzenie się spóźnia, a straconego czasu nic nie nadrabia.</translation>
    </message>
    <message>
        <source>Regular, but the first beat comes a whole interval plus a measurement late: a ticker does not fire immediately.</source>
        <translation>Regularnie, ale pierwsze uderzenie spóźnia się o cały odstęp plus pomiar: ticker nie tyka od razu.</translation>
    </message>
    <message>
        <source>Measuring while waiting for the tick puts every beat on a tick.</source>
        <translation>Mierzenie w czasie czekania na tyknięcie stawia każde uderzenie na tyknięciu.</translation>
    </message>
    <message>
        <source>Irregular while measurements are longer than an interval; the ticker drops the ticks nobody took, so late beats never catch up in a burst.</source>
        <translation>Nieregularnie, gdy pomiary są dłuższe niż odstęp; ticker gubi nieodebrane tyknięcia, więc spóźnione uderzenia nie nadrabiają serią.</translation>
    </message>
    <message>
        <source>Irregular: every measurement longer than an interval delays its beat.</source>
        <translation>Nieregularnie: każdy pomiar dłuższy niż odstęp opóźnia swoje uderzenie.</translation>
    </message>
    <message>
        <source>Measurements overlap, beats come out of order, and the beats still being measured when the program ends are lost.</source>
        <translation>Pomiary nakładają się, uderzenia przychodzą w złej kolejności, a te, które wciąż są mierzone, gdy program się kończy, przepadają.</translation>
    </message>
    <message>
        <source>The wait group keeps the program alive until every beat is performed: none is lost, but they are still out of order and irregular.</source>
        <translation>Wait group utrzymuje program przy życiu, aż zagra każde uderzenie: żadne nie przepada, ale wciąż są w złej kolejności i nieregularne.</translation>
    </message>
    <message>
        <source>Regular beats from a ticker that never waits for a measurement; a slow measurement makes several beats reuse the same, stale volume.</source>
        <translation>Regularne uderzenia z tickera, który nigdy nie czeka na pomiar; wolny pomiar sprawia, że kilka uderzeń używa tej samej, nieaktualnej głośności.</translation>
    </message>
    <message>
        <source>Same as with atomics: regular beats, some stale volumes; the lock only makes the sharing explicit.</source>
        <translation>Jak ze zmiennymi atomowymi: regularne uderzenia, kilka nieaktualnych głośności; blokada tylko uwidacznia współdzielenie.</translation>
    </message>
    <message>
        <source>Regular and in order, sharing nothing but messages; only the first beat waits for a measurement.</source>
        <translation>Regularnie i po kolei, bez współdzielenia niczego poza wiadomościami; tylko pierwsze uderzenie czeka na pomiar.</translation>
    </message>
    <message>
        <source>Counting, measuring, timing and performing as separate services: regular, in order, on time.</source>
        <translation>Liczenie, mierzenie, odmierzanie czasu i granie jako osobne usługi: regularnie, po kolei, na czas.</translation>
    </message>
    <message>
        <source>short</source>
        <translation>krótki</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>oscylujący</translation>
    </message>
    <message>
        <source>random</source>
        <translation>losowy</translation>
    </message>
    <message>
        <source>Custom: %1, %2</source>
        <translation>Własny: %1, %2</translation>
    </message>
    <message>
        <source>Bedtime routine, one activity after another</source>
        <translation>Wieczorny rytuał, jedna czynność po drugiej</translation>
    </message>
    <message>
        <source>Bedtime routine, each activity a goroutine</source>
        <translation>Wieczorny rytuał, każda czynność w osobnej gorutynie</translation>
    </message>
    <message>
        <source>Bedtime routine, goroutines and a pause</source>
        <translation>Wieczorny rytuał, gorutyny i pauza</translation>
    </message>
    <message>
        <source>Bedtime routine, goroutines and a wait group</source>
        <translation>Wieczorny rytuał, gorutyny i grupa oczekiwania</translation>
    </message>
    <message>
        <source>A task per beat, reading the shared loop counter (closure bug)</source>
        <translation>Zadanie na każde uderzenie, czytające wspólny licznik pętli (błąd domknięcia)</translation>
    </message>
    <message>
        <source>Bedtime routine, sequential</source>
        <translation>Wieczorny rytuał, sekwencyjnie</translation>
    </message>
    <message>
        <source>Five activities, then &quot;program ends&quot;: always in this order.</source>
        <translation>Pięć czynności, potem „program ends”: zawsze w tej kolejności.</translation>
    </message>
    <message>
        <source>Without goroutines the program does one thing after another: each log.Println prints its activity before the next line runs, and &quot;program ends&quot; comes last. Nothing surprising, and that is the point: this is the contrast for what follows.</source>
        <translation>Bez gorutyn program robi jedno po drugim: każde log.Println wypisuje swoją czynność, zanim wykona się następna linia, a „program ends” pojawia się na końcu. Nic zaskakującego i o to chodzi: to tło dla tego, co dalej.</translation>
    </message>
    <message>
        <source>Bedtime routine, go and no waiting</source>
        <translation>Wieczorny rytuał, go i bez czekania</translation>
    </message>
    <message>
        <source>Usually only &quot;program ends&quot; is printed: the goroutines are cut off.</source>
        <translation>Zwykle wypisuje się tylko „program ends”: gorutyny zostają przerwane.</translation>
    </message>
    <message>
        <source>Putting go before each log.Println starts it as a goroutine, and main moves on at once without waiting for it. Main zips through creating the five goroutines and reaches the end of the program before they had a chance to print: when main returns, the process exits and takes them with it. Greyed lines would have been printed. (Go&apos;s scheduler lets a new goroutine wait for a thread; the app models that wait with a seeded random start delay of up to 1 ms per goroutine.)</source>
        <translation>Słowo go przed każdym log.Println uruchamia je jako gorutynę, a main od razu idzie dalej, nie czekając. Main błyskawicznie tworzy pięć gorutyn i dociera do końca programu, zanim zdążyły cokolwiek wypisać: gdy main wraca, proces się kończy i zabiera je ze sobą. Wyszarzone linie zostałyby wypisane. (Planista Go każe nowej gorutynie czekać na wątek; aplikacja modeluje to czekanie losowym, zależnym od ziarna opóźnieniem startu do 1 ms na gorutynę.)</translation>
    </message>
    <message>
        <source>Bedtime routine, go and a pause</source>
        <translation>Wieczorny rytuał, go i pauza</translation>
    </message>
    <message>
        <source>Every activity is printed, in a different order from run to run.</source>
        <translation>Każda czynność zostaje wypisana, w innej kolejności przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>A pause before &quot;program ended&quot; (one beat: a second at 60 BPM, as in the series) gives the goroutines time to print, and they all do, but in whatever order they happened to run: pyjamas before the shower, undressing after it. Nothing in the program orders them. (Goroutines wait a seeded random start delay of up to 1 ms for a thread, as under Go&apos;s scheduler: operating-system threads alone start almost always in spawn order.)</source>
        <translation>Pauza przed „program ended” (jedno uderzenie: sekunda przy 60 BPM, jak w serii) daje gorutynom czas na wypisanie i wszystkie to robią, ale w takiej kolejności, w jakiej akurat się wykonały: piżama przed prysznicem, rozbieranie się po nim. Nic w programie ich nie porządkuje. (Gorutyny czekają na wątek losowe, zależne od ziarna opóźnienie startu do 1 ms, jak pod planistą Go: same wątki systemu operacyjnego startują prawie zawsze w kolejności tworzenia.)</translation>
    </message>
    <message>
        <source>Bedtime routine, go and a wait group</source>
        <translation>Wieczorny rytuał, go i grupa oczekiwania</translation>
    </message>
    <message>
        <source>Nothing is lost and main waits only as long as needed; the order is still not guaranteed.</source>
        <translation>Nic nie ginie, a main czeka tylko tyle, ile trzeba; kolejność wciąż nie jest gwarantowana.</translation>
    </message>
    <message>
        <source>A wait group counts the goroutines still running: Add(1) before each go (never inside the goroutine, which may not have started when main gets to Wait), Done when a goroutine finishes, and Wait before &quot;program ends&quot; blocks until the count is zero. No line is lost and no time is wasted on a guessed pause, but a wait group says nothing about order. (Seeded random start delay of up to 1 ms, as above.)</source>
        <translation>Grupa oczekiwania liczy gorutyny, które jeszcze działają: Add(1) przed każdym go (nigdy wewnątrz gorutyny, która mogła jeszcze nie wystartować, gdy main dojdzie do Wait), Done, gdy gorutyna kończy, a Wait przed „program ends” blokuje, aż licznik spadnie do zera. Żadna linia nie ginie i nie traci się czasu na zgadywaną pauzę, ale grupa oczekiwania nic nie mówi o kolejności. (Losowe, zależne od ziarna opóźnienie startu do 1 ms, jak wyżej.)</translation>
    </message>
    <message>
        <source>Asynchronous, naive, with the closure bug</source>
        <translation>Asynchronicznie, naiwnie, z błędem domknięcia</translation>
    </message>
    <message>
        <source>Beats carry duplicate and skipped numbers: each task reads the loop counter when it performs, not when it was started.</source>
        <translation>Uderzenia mają powtórzone i pominięte numery: każde zadanie czyta licznik pętli w chwili grania, nie w chwili uruchomienia.</translation>
    </message>
    <message>
        <source>Scenario 9 without the parameter: go func() { volume := volumeMeter(); performer(beatCount, volume) }(). The anonymous function closes over the loop&apos;s beatCount, one variable that the loop keeps changing, so each task reads it when it performs, after its measurement, instead of the value it was started for. Two tasks read the same number, others are never played, the last ones play the count the loop ended with. The compiler does not warn. Passing beatCount as a parameter (scenario 9) fixes it; since Go 1.22 each iteration has its own variable.</source>
        <translation>Scenariusz 9 bez parametru: go func() { volume := volumeMeter(); performer(beatCount, volume) }(). Funkcja anonimowa domyka zmienną beatCount pętli, jedną zmienną, którą pętla ciągle zmienia, więc każde zadanie czyta ją w chwili grania, po swoim pomiarze, zamiast wartości, dla której je uruchomiono. Dwa zadania czytają ten sam numer, inne nigdy nie zabrzmią, ostatnie grają wartość, na której pętla się skończyła. Kompilator nie ostrzega. Przekazanie beatCount jako parametru (scenariusz 9) to naprawia; od Go 1.22 każda iteracja ma własną zmienną.</translation>
    </message>
    <message>
        <source>Lesson · %1</source>
        <translation>Lekcja · %1</translation>
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
        <translation>kod poza zadaniami</translation>
    </message>
    <message>
        <source>task %1</source>
        <comment>a task without a name, by its number</comment>
        <translation>zadanie %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <comment>a channel without a name, by its number</comment>
        <translation>kanał %1</translation>
    </message>
    <message>
        <source>task</source>
        <comment>a lane of tasks without a name, as in: task x3</comment>
        <translation>zadanie</translation>
    </message>
    <message>
        <source>task %1</source>
        <comment>a task by its name</comment>
        <translation>zadanie %1</translation>
    </message>
    <message>
        <source>task %1, running since %2</source>
        <translation>zadanie %1, działa od %2</translation>
    </message>
    <message>
        <source>task %1, ran %2 (%3 – %4)</source>
        <comment>%2: how long; %3 – %4: from, to</comment>
        <translation>zadanie %1, działało %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>still running at the end of program</source>
        <translation>wciąż działało w chwili końca programu</translation>
    </message>
    <message>
        <source>spawned by %1</source>
        <comment>a task, by its parent task</comment>
        <translation>uruchomione przez %1</translation>
    </message>
    <message>
        <source>end of program at %1</source>
        <translation>koniec programu w chwili %1</translation>
    </message>
    <message>
        <source>%1 → %2 BPM</source>
        <comment>a tempo change: old, new</comment>
        <translation>%1 → %2 BPM</translation>
    </message>
    <message>
        <source>tempo %1 from the beat at %2</source>
        <comment>%1: old → new BPM; %2: a time</comment>
        <translation>tempo %1 od uderzenia w chwili %2</translation>
    </message>
    <message>
        <source>ideal beat #%1 at %2</source>
        <comment>%2: a time</comment>
        <translation>idealne uderzenie nr %1 w chwili %2</translation>
    </message>
    <message>
        <source>measurement #%1: volume %2, took %3</source>
        <translation>pomiar nr %1: głośność %2, trwał %3</translation>
    </message>
    <message>
        <source>%1 – %2, by %3</source>
        <comment>from, to, the task that measured</comment>
        <translation>%1 – %2, zadanie %3</translation>
    </message>
    <message>
        <source>%1 (%2), %3 after the ideal beat</source>
        <comment>%1: when; %2: I or O; %3: how long</comment>
        <translation>%1 (%2), %3 po idealnym uderzeniu</translation>
    </message>
    <message>
        <source>%1 (%2), %3 before the ideal beat</source>
        <comment>%1: when; %2: I or O; %3: how long</comment>
        <translation>%1 (%2), %3 przed idealnym uderzeniem</translation>
    </message>
    <message>
        <source>out of order: after beat #%1</source>
        <translation>poza kolejnością: po uderzeniu nr %1</translation>
    </message>
    <message>
        <source>sleep %1</source>
        <comment>a task sleeps for how long</comment>
        <translation>sen %1</translation>
    </message>
    <message>
        <source>spinning %1</source>
        <comment>a task busy-waits for how long</comment>
        <translation>aktywne czekanie %1</translation>
    </message>
    <message>
        <source>busy-waiting, %1 – %2, %3</source>
        <comment>from, to, the task</comment>
        <translation>aktywne czekanie, %1 – %2, %3</translation>
    </message>
    <message>
        <source>%1 spawns %2</source>
        <comment>a task starts another task</comment>
        <translation>%1 uruchamia %2</translation>
    </message>
    <message>
        <source>%1 done (wait group %2)</source>
        <comment>a task tells the wait group it is done</comment>
        <translation>%1 kończy (wait group %2)</translation>
    </message>
    <message>
        <source>%1; wakes a waiting task</source>
        <comment>%1: when</comment>
        <translation>%1; budzi czekające zadanie</translation>
    </message>
    <message>
        <source>send on %1</source>
        <comment>on a channel</comment>
        <translation>wysłanie do %1</translation>
    </message>
    <message>
        <source>receive on %1</source>
        <comment>on a channel</comment>
        <translation>odebranie z %1</translation>
    </message>
    <message>
        <source>close %1</source>
        <comment>a channel</comment>
        <translation>zamknięcie %1</translation>
    </message>
    <message>
        <source>wait on %1</source>
        <comment>on a wait group</comment>
        <translation>czekanie na %1</translation>
    </message>
    <message>
        <source>operation</source>
        <comment>on a channel or wait group</comment>
        <translation>działanie</translation>
    </message>
    <message>
        <source>%1, blocked %2</source>
        <comment>%1: an operation, as in &apos;send on counts&apos;; %2: how long</comment>
        <translation>%1, zablokowane na %2</translation>
    </message>
    <message>
        <source>%1, without blocking</source>
        <comment>%1: an operation, as in &apos;send on counts&apos;</comment>
        <translation>%1, bez blokowania</translation>
    </message>
    <message>
        <source>channel closed and drained: not ok</source>
        <comment>ok: the second result of a receive in Go</comment>
        <translation>kanał zamknięty i opróżniony: nie ok</translation>
    </message>
    <message>
        <source>in a select</source>
        <comment>Go&apos;s select statement</comment>
        <translation>w instrukcji select</translation>
    </message>
    <message>
        <source>sent by %1 at %2, received by %3 at %4</source>
        <comment>a message; %1, %3: tasks; %2, %4: times</comment>
        <translation>wysłana przez %1 w chwili %2, odebrana przez %3 w chwili %4</translation>
    </message>
    <message>
        <source>tick #%1 on %2, dropped (nobody took the previous one)</source>
        <comment>%2: the ticker&apos;s channel</comment>
        <translation>tyknięcie nr %1 w %2, zgubione (nikt nie odebrał poprzedniego)</translation>
    </message>
    <message>
        <source>tick #%1 on %2</source>
        <comment>%2: the ticker&apos;s channel</comment>
        <translation>tyknięcie nr %1 w %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>when, the task that closed the channel</comment>
        <translation>%1, zadanie %2</translation>
    </message>
    <message>
        <source>%1 ×%2, shared lane</source>
        <comment>tasks that run one after another in one lane, as in: beat x10</comment>
        <translation>%1 ×%2, wspólny tor</translation>
    </message>
    <message>
        <source>the time %1</source>
        <comment>a value sent on a channel: a time of the run clock</comment>
        <translation>czas %1</translation>
    </message>
    <message>
        <source>volume %1</source>
        <comment>a value sent on a channel</comment>
        <translation>głośność %1</translation>
    </message>
    <message>
        <source>beat #%1</source>
        <comment>a value sent on a channel: the number of a beat</comment>
        <translation>uderzenie nr %1</translation>
    </message>
    <message>
        <source>a request</source>
        <comment>a value sent on a channel that only asks</comment>
        <translation>prośba</translation>
    </message>
    <message>
        <source>value %1</source>
        <comment>a value sent on a channel</comment>
        <translation>wartość %1</translation>
    </message>
    <message>
        <source>beat #%1 at volume %2, lost (after the end of program)</source>
        <comment>%2: its volume</comment>
        <translation>uderzenie nr %1 z głośnością %2, utracone (po końcu programu)</translation>
    </message>
    <message>
        <source>beat #%1 at volume %2</source>
        <comment>%2: its volume</comment>
        <translation>uderzenie nr %1 z głośnością %2</translation>
    </message>
    <message>
        <source>%1, message #%2</source>
        <comment>%1: what was sent, as in &apos;volume 58&apos;</comment>
        <translation>%1, wiadomość nr %2</translation>
    </message>
    <message>
        <source>message #%1 on %2: %3, in the channel %4</source>
        <comment>%2: the channel; %3: what was sent; %4: how long</comment>
        <translation>wiadomość nr %1 w %2: %3, w kanale przez %4</translation>
    </message>
    <message>
        <source>no beat #%1 was performed before the end of program</source>
        <translation>przed końcem programu nie zagrano żadnego uderzenia #%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would have been printed (after the end of program)</source>
        <translation>„%1” zostałoby wypisane (po końcu programu)</translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <translation>wypisano „%1”</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>when, the task that printed</comment>
        <translation>%1, przez %2</translation>
    </message>
    <message>
        <source>duplicate: beat #%1 was already performed</source>
        <translation>powtórzone: uderzenie #%1 już zagrano</translation>
    </message>
    <message>
        <source>performed by the task “%1”</source>
        <comment>a beat, by the task&apos;s name</comment>
        <translation>zagrane przez zadanie „%1”</translation>
    </message>
</context>
<context>
    <name>TimelineNarrator</name>
    <message>
        <source>Replay at %1</source>
        <translation>Powtórka: %1</translation>
    </message>
    <message>
        <source>Just passed: %1</source>
        <translation>Właśnie minięte: %1</translation>
    </message>
    <message>
        <source>Under the cursor:</source>
        <translation>Pod kursorem:</translation>
    </message>
</context>
<context>
    <name>cacophony</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 nie istnieje</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range</source>
        <translation>rozmiar %1×%2 jest poza zakresem</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large</source>
        <translation>%1×%2 pikseli to za dużo</translation>
    </message>
    <message>
        <source>out of memory for %1×%2 pixels</source>
        <translation>brak pamięci na %1×%2 pikseli</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>nie udało się uruchomić zapisu PDF</translation>
    </message>
    <message>
        <source>the SVG writer could not start</source>
        <translation>nie udało się uruchomić zapisu SVG</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>nie udało się zakodować obrazu</translation>
    </message>
</context>
<context>
    <name>cacophony::AudioMenu</name>
    <message>
        <source>Output &amp;Device</source>
        <translation>&amp;Urządzenie wyjściowe</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Wyciszono</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Dźwięk włączony</translation>
    </message>
    <message>
        <source>Audio device &quot;%1&quot; is not available; using the default.</source>
        <translation>Urządzenie audio „%1” jest niedostępne; używam domyślnego.</translation>
    </message>
    <message>
        <source>No output device found</source>
        <translation>Nie znaleziono urządzenia wyjściowego</translation>
    </message>
    <message>
        <source>No Sound</source>
        <translation>Bez dźwięku</translation>
    </message>
    <message>
        <source>Sound goes to %1.</source>
        <translation>Dźwięk idzie do %1.</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Urządzenie audio</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Bez dźwięku</translation>
    </message>
    <message>
        <source>The metronome plays silently: %1 Choose a device in Audio &gt; Output Device.</source>
        <translation>Metronom gra bezgłośnie: %1 Wybierz urządzenie w Dźwięk &gt; Urządzenie wyjściowe.</translation>
    </message>
    <message>
        <source>Muted (Audio &gt; Mute)</source>
        <translation>Wyciszono (Dźwięk &gt; Wycisz)</translation>
    </message>
</context>
<context>
    <name>cacophony::BeatFlash</name>
    <message>
        <source>The beat being heard: the first of the bar (the accent) in orange</source>
        <translation>Słyszane właśnie uderzenie: pierwsze w takcie (akcent) na pomarańczowo</translation>
    </message>
</context>
<context>
    <name>cacophony::ChartExporter</name>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Nothing to export: no runs.</source>
        <translation>Nie ma czego eksportować: brak przebiegów.</translation>
    </message>
    <message>
        <source>Metronome&apos;s Cacophony — %1 runs at %2 BPM, %3 beats, seed %4</source>
        <translation>Kakofonia metronomu — przebiegi: %1, %2 BPM, uderzenia: %3, ziarno %4</translation>
    </message>
    <message>
        <source>%1 beats</source>
        <translation>uderzeń: %1</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>bez końca</translation>
    </message>
    <message>
        <source>%1 · %2 BPM · %3 · seed %4</source>
        <translation>%1 · %2 BPM · %3 · ziarno %4</translation>
    </message>
    <message>
        <source>Metronome&apos;s Cacophony — the lessons, %1 BPM, seed %2</source>
        <translation>Metronome&apos;s Cacophony — lekcje, %1 BPM, ziarno %2</translation>
    </message>
</context>
<context>
    <name>cacophony::ComparisonView</name>
    <message>
        <source>Close comparison</source>
        <translation>Zamknij porównanie</translation>
    </message>
    <message>
        <source>Back to the single timeline (Esc)</source>
        <translation>Powrót do pojedynczej osi czasu (Esc)</translation>
    </message>
    <message>
        <source>Two runs on one time axis: further right is later in both.</source>
        <translation>Dwa przebiegi na jednej osi czasu: dalej w prawo znaczy później w obu.</translation>
    </message>
</context>
<context>
    <name>cacophony::ControlStrip</name>
    <message>
        <source>continuous</source>
        <translation>bez końca</translation>
    </message>
    <message>
        <source>Beats per run: the series plays 15. 0 plays continuously until Stop.</source>
        <translation>Uderzenia na przebieg: seria gra 15. 0 gra bez końca, aż do Stop.</translation>
    </message>
    <message>
        <source>Seed of the simulated delays and volumes: the same seed repeats them (thread scheduling still differs — that is the point).</source>
        <translation>Ziarno symulowanych opóźnień i głośności: to samo ziarno je powtarza (szeregowanie wątków i tak się różni — o to chodzi).</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>&amp;Uderzenia</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Zi&amp;arno</translation>
    </message>
    <message>
        <source>Master volume of the clicks</source>
        <translation>Główna głośność kliknięć</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Głośność</translation>
    </message>
</context>
<context>
    <name>cacophony::ExportActions</name>
    <message>
        <source>Unsupported file type &quot;%1&quot;: use .png, .jpg, .pdf or .svg.</source>
        <translation>Nieobsługiwany typ pliku „%1”: użyj .png, .jpg, .pdf lub .svg.</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>Nie można wyeksportować obrazu</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Wyeksportowano %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Obraz JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Eksportuj obraz</translation>
    </message>
    <message>
        <source>Cannot export the series page</source>
        <translation>Nie można wyeksportować strony serii</translation>
    </message>
    <message>
        <source>Running the 14 scenarios…</source>
        <translation>Uruchamiam 14 scenariuszy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export Series Page</source>
        <translation>Eksportuj stronę serii</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Obraz JPEG (*.jpg *.jpeg);;Dokument PDF (*.pdf);;Rysunek SVG (*.svg)</translation>
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
        <translation>Eksportuj obraz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Szerokość:</translation>
    </message>
    <message>
        <source>fitted to the charts</source>
        <translation>dopasowana do wykresów</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Wysokość:</translation>
    </message>
    <message>
        <source>&amp;Keep aspect ratio</source>
        <translation>&amp;Zachowaj proporcje</translation>
    </message>
    <message>
        <source>&amp;Use on-screen size (%1 × %2)</source>
        <translation>&amp;Użyj rozmiaru z ekranu (%1 × %2)</translation>
    </message>
    <message>
        <source>Device pixels per pixel: 2× is sharp on high-DPI screens and in slides</source>
        <translation>Pikseli urządzenia na piksel: 2× daje ostry obraz na ekranach o wysokim DPI i na slajdach</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>PDF and SVG stay vector: the scale applies to PNG and JPG only.</source>
        <translation>PDF i SVG pozostają wektorowe: skala dotyczy tylko PNG i JPG.</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>&amp;Use on-screen width (%1)</source>
        <translation>&amp;Użyj szerokości z ekranu (%1)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>szerokość %1 px</translation>
    </message>
    <message>
        <source>%1 points wide, vector</source>
        <translation>szerokość %1 pt, wektorowo</translation>
    </message>
    <message>
        <source>%1 pixels wide, vector</source>
        <translation>szerokość %1 px, wektorowo</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 points, vector</source>
        <translation>%1 × %2 pt, wektorowo</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector</source>
        <translation>%1 × %2 px, wektorowo</translation>
    </message>
    <message>
        <source>%1
too large: at most %2 million pixels</source>
        <translation>%1
za duży: najwyżej %2 mln pikseli</translation>
    </message>
    <message>
        <source>&amp;Presentation scale (%1×)</source>
        <translation>Skala &amp;prezentacji (%1×)</translation>
    </message>
    <message>
        <source>Text and marks %1 times their size, as View &gt; Presentation shows them on a projector</source>
        <translation>Tekst i znaczniki %1 razy większe, tak jak pokazuje je na projektorze Widok &gt; Prezentacja</translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation>%1 (nie istnieje)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>W&amp;hole run</source>
        <translation>Cał&amp;y przebieg</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>Widoczny &amp;zakres</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>JPG quality: higher is sharper and larger; 90 or more keeps thin lines clean</source>
        <translation>Jakość JPG: wyższa to ostrzejszy i większy plik; od 90 wzwyż cienkie linie zostają czyste</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Jakość:</translation>
    </message>
</context>
<context>
    <name>cacophony::FirstStartBanner</name>
    <message>
        <source>&lt;b&gt;Play scenario 9, then 14 — hear the difference.&lt;/b&gt; The naive version spawns a task per beat: beats overlap, come out of order and get lost. The services version stays on time.</source>
        <translation>&lt;b&gt;Zagraj scenariusz 9, potem 14 — usłysz różnicę.&lt;/b&gt; Wersja naiwna tworzy zadanie na każde uderzenie: uderzenia nakładają się, przychodzą w złej kolejności i przepadają. Wersja z usługami trzyma tempo.</translation>
    </message>
    <message>
        <source>Play 9</source>
        <translation>Zagraj 9</translation>
    </message>
    <message>
        <source>Play scenario 9, the naive asynchronous metronome</source>
        <translation>Zagraj scenariusz 9, naiwny metronom asynchroniczny</translation>
    </message>
    <message>
        <source>Play 14</source>
        <translation>Zagraj 14</translation>
    </message>
    <message>
        <source>Play scenario 14, the metronome built from services and channels</source>
        <translation>Zagraj scenariusz 14, metronom zbudowany z usług i kanałów</translation>
    </message>
    <message>
        <source>Play 9, then 14, and compare</source>
        <translation>Zagraj 9, potem 14 i porównaj</translation>
    </message>
    <message>
        <source>Play both one after the other, then show them stacked on one time axis</source>
        <translation>Zagraj oba po kolei, potem pokaż je jeden nad drugim na wspólnej osi czasu</translation>
    </message>
    <message>
        <source>Hide this hint (Help ▸ First-start hint shows it again)</source>
        <translation>Ukryj tę podpowiedź (Pomoc ▸ Podpowiedź na start pokaże ją znowu)</translation>
    </message>
    <message>
        <source>Just a metronome</source>
        <translation>Po prostu metronom</translation>
    </message>
    <message>
        <source>A steady click track with accents and subdivisions; the scenarios are one click away</source>
        <translation>Równe kliknięcia z akcentami i podziałami; scenariusze są o jedno kliknięcie dalej</translation>
    </message>
</context>
<context>
    <name>cacophony::HistoryPanel</name>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Show the selected run in the timeline and statistics (Enter)</source>
        <translation>Pokaż zaznaczony przebieg na osi czasu i w statystykach (Enter)</translation>
    </message>
    <message>
        <source>Stack two selected runs on one shared time axis, as the series does (Ctrl+K); with one selected, compares it with the newest run</source>
        <translation>Ułóż dwa zaznaczone przebiegi na wspólnej osi czasu, jak w serii (Ctrl+K); przy jednym zaznaczonym porównuje go z najnowszym</translation>
    </message>
    <message>
        <source>Earlier runs, kept across restarts. Double-click (or Enter) shows one again; select two and press Compare to stack them on one time axis. Columns that do not fit the panel are in each row&apos;s tooltip.</source>
        <translation>Wcześniejsze przebiegi, zachowywane po ponownym uruchomieniu. Dwukrotne kliknięcie (lub Enter) pokazuje przebieg ponownie; zaznacz dwa i naciśnij Porównaj, aby ułożyć je na jednej osi czasu. Kolumny, które nie mieszczą się w panelu, są w podpowiedzi każdego wiersza.</translation>
    </message>
</context>
<context>
    <name>cacophony::HistoryStore</name>
    <message>
        <source>History: skipped %1 (%2)</source>
        <translation>Historia: pominięto %1 (%2)</translation>
    </message>
    <message>
        <source>History is not kept on disk: cannot write to %1 (%2).</source>
        <translation>Historia nie jest zapisywana na dysku: nie można zapisać w %1 (%2).</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>nie można utworzyć folderu</translation>
    </message>
</context>
<context>
    <name>cacophony::LiveRunPresenter</name>
    <message>
        <source>%1 / %2 beats, %3 lost</source>
        <translation>uderzenia: %1 / %2, utracone: %3</translation>
    </message>
    <message>
        <source>Beats performed in this run, of those expected</source>
        <translation>Uderzenia zagrane w tym przebiegu, spośród oczekiwanych</translation>
    </message>
    <message>
        <source>%1 / %2 beats</source>
        <translation>uderzenia: %1 / %2</translation>
    </message>
    <message>
        <source>%1 beats</source>
        <translation>uderzenia: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>keeps the last %1</source>
        <translation>zachowuje ostatnie %1</translation>
    </message>
    <message>
        <source>last %1 kept, %2 older events dropped</source>
        <translation>zachowano ostatnie %1, pominięto %2 starszych zdarzeń</translation>
    </message>
    <message>
        <source>A continuous run keeps only its newest %1 (at most %2 events) in memory, so it can play for hours. Older events leave the timeline, the statistics and the saved trace.</source>
        <translation>Ciągły przebieg trzyma w pamięci tylko najnowsze %1 (najwyżej %2 zdarzeń), więc może grać godzinami. Starsze zdarzenia znikają z osi czasu, ze statystyk i z zapisanego śladu.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Run finished. Lines printed: %1, lost: %2, out of order: %3.</source>
        <translation>Przebieg zakończony. Wypisane linie: %1, utracone: %2, poza kolejnością: %3.</translation>
    </message>
    <message>
        <source>Run finished. Beats: %1, lost: %2, out of order: %3.</source>
        <translation>Przebieg zakończony: uderzenia: %1, utracone: %2, poza kolejnością: %3.</translation>
    </message>
</context>
<context>
    <name>cacophony::LogConsole</name>
    <message>
        <source>What the run printed, in the order it was printed, with its run time. Lines after the red end of program are greyed: the process had exited, they would have been printed.</source>
        <translation>Co przebieg wypisał, w kolejności wypisania, z czasem przebiegu. Linie po czerwonym końcu programu są wyszarzone: proces już się zakończył, zostałyby wypisane.</translation>
    </message>
    <message>
        <source>(would have printed)</source>
        <translation>(zostałoby wypisane)</translation>
    </message>
    <message>
        <source>beat %1  volume %2  %3</source>
        <translation>uderzenie %1  głośność %2  %3</translation>
    </message>
    <message>
        <source>(lost: after the end of program)</source>
        <translation>(utracone: po końcu programu)</translation>
    </message>
    <message>
        <source>──── end of program ────</source>
        <translation>──── koniec programu ────</translation>
    </message>
</context>
<context>
    <name>cacophony::MainWindow</name>
    <message>
        <source>Some settings were invalid and have been reset: %1</source>
        <translation>Niektóre ustawienia były nieprawidłowe i zostały przywrócone: %1</translation>
    </message>
    <message>
        <source>from the history, %1</source>
        <translation>z historii, %1</translation>
    </message>
    <message>
        <source>About Cacophony</source>
        <translation>O programie Cacophony</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cacophony %1&lt;/h3&gt;&lt;p&gt;A metronome that lets you hear and see concurrency go wrong.&lt;/p&gt;&lt;p&gt;Each beat is produced by one of the metronome implementations of the blog series &lt;i&gt;Metronome&apos;s Cacophony — concurrency in Go&lt;/i&gt;. Switch the implementation and hear beats arrive late, out of order or not at all; the timeline shows why.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cacophony %1&lt;/h3&gt;&lt;p&gt;Metronom, który pozwala usłyszeć i zobaczyć, jak współbieżność idzie nie tak.&lt;/p&gt;&lt;p&gt;Każde uderzenie wytwarza jedna z implementacji metronomu z serii wpisów &lt;i&gt;Metronome&apos;s Cacophony — concurrency in Go&lt;/i&gt;. Zmień implementację i usłysz, jak uderzenia się spóźniają, przychodzą w złej kolejności albo wcale; oś czasu pokazuje dlaczego.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to replay yet: play a run, or open one from the history or a trace file.</source>
        <translation>Nie ma jeszcze czego powtórzyć: zagraj przebieg albo otwórz jakiś z historii lub z pliku śladu.</translation>
    </message>
    <message>
        <source>not played yet</source>
        <translation>jeszcze nie grało</translation>
    </message>
</context>
<context>
    <name>cacophony::MeterControls</name>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Metrum</translation>
    </message>
    <message>
        <source>S&amp;ubdivide</source>
        <translation>&amp;Podział</translation>
    </message>
    <message>
        <source>Accents</source>
        <translation>Akcenty</translation>
    </message>
    <message>
        <source>Accent beat %1</source>
        <translation>Akcentuj %1. uderzenie</translation>
    </message>
    <message>
        <source>Time signature: beats per bar, and the note the tempo counts</source>
        <translation>Metrum: uderzenia w takcie i wartość nuty, którą liczy tempo</translation>
    </message>
    <message>
        <source>Quieter clicks between the beats</source>
        <translation>Cichsze kliknięcia między uderzeniami</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Eighths</source>
        <translation>Ósemki</translation>
    </message>
    <message>
        <source>Triplets</source>
        <translation>Triole</translation>
    </message>
    <message>
        <source>Sixteenths</source>
        <translation>Szesnastki</translation>
    </message>
</context>
<context>
    <name>cacophony::MetronomeMode</name>
    <message>
        <source>&lt;b&gt;Metronome&lt;/b&gt; — %1, %2. ↑/↓ ±1 BPM, PgUp/PgDn ±10, Space plays and stops, T taps.</source>
        <translation>&lt;b&gt;Metronom&lt;/b&gt; — %1, %2. ↑/↓ ±1 BPM, PgUp/PgDn ±10, spacja gra i zatrzymuje, T wystukuje tempo.</translation>
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
        <translation>Równe kliknięcia w tempie z pokrętła, z akcentami i podziałami</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Współbieżność</translation>
    </message>
    <message>
        <source>The concurrency scenarios: hear and see beats go wrong</source>
        <translation>Scenariusze współbieżności: usłysz i zobacz, jak uderzenia się psują</translation>
    </message>
</context>
<context>
    <name>cacophony::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Prezentacja</translation>
    </message>
    <message>
        <source>Full screen for a projector: large text and marks, high contrast, only the timeline, the explanation, Play and Replay</source>
        <translation>Pełny ekran dla projektora: duży tekst i znaczniki, wysoki kontrast, tylko oś czasu, objaśnienie, Graj i Powtórka</translation>
    </message>
    <message>
        <source>Text and marks %1 times their size in presentation mode</source>
        <translation>Tekst i znaczniki %1 razy większe w trybie prezentacji</translation>
    </message>
</context>
<context>
    <name>cacophony::ReplayBar</name>
    <message>
        <source>%1 of %2</source>
        <comment>replay position: time of the run, of its length</comment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;uza</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation>Wstrzymaj powtórkę (P)</translation>
    </message>
    <message>
        <source>Resume the replay from the cursor (P)</source>
        <translation>Wznów powtórkę od kursora (P)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Powtórka</translation>
    </message>
    <message>
        <source>Play the run on screen back slowly: a cursor sweeps the timeline and each beat sounds as it passes (R)</source>
        <translation>Odtwórz powoli przebieg z ekranu: kursor przesuwa się po osi czasu, a każde uderzenie brzmi, gdy kursor je mija (R)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Krok w&amp;stecz</translation>
    </message>
    <message>
        <source>Pause and go back to the previous event (←)</source>
        <translation>Wstrzymaj i wróć do poprzedniego zdarzenia (←)</translation>
    </message>
    <message>
        <source>Pause and go on to the next event; a beat there sounds (→)</source>
        <translation>Wstrzymaj i przejdź do następnego zdarzenia; uderzenie w tym miejscu zabrzmi (→)</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Pręd&amp;kość</translation>
    </message>
    <message>
        <source>Replay speed: 1/10 plays the run ten times slower, so a 6000 BPM run is heard at 600 BPM</source>
        <translation>Prędkość powtórki: 1/10 odtwarza przebieg dziesięć razy wolniej, więc przebieg 6000 BPM słychać jak 600 BPM</translation>
    </message>
    <message>
        <source>R&amp;eplay</source>
        <translation>Po&amp;wtórka</translation>
    </message>
    <message>
        <source>Step F&amp;orward</source>
        <translation>Krok &amp;naprzód</translation>
    </message>
    <message>
        <source>spread: clicks %1 ms apart or more, in their order</source>
        <translation>rozsunięte: kliknięcia co najmniej %1 ms od siebie, w swojej kolejności</translation>
    </message>
    <message>
        <source>Sp&amp;read</source>
        <translation>Ro&amp;zsunięte</translation>
    </message>
    <message>
        <source>Spread the clicks at least %1 ms apart, in their order, so that clicks that nearly coincide (a lesson&apos;s printed lines) are heard one by one, each by its pitch; they then lag the cursor. Off: every click exactly when it happened, slowed by the speed</source>
        <translation>Rozsuwa kliknięcia na co najmniej %1 ms od siebie, w ich kolejności, aby prawie jednoczesne kliknięcia (wypisane wiersze lekcji) było słychać jedno po drugim, każde po jego wysokości; wtedy pozostają w tyle za kursorem. Wyłączone: każde kliknięcie dokładnie wtedy, gdy nastąpiło, spowolnione o prędkość</translation>
    </message>
</context>
<context>
    <name>cacophony::RunController</name>
    <message>
        <source>The run failed: %1</source>
        <translation>Przebieg się nie powiódł: %1</translation>
    </message>
    <message>
        <source>Cannot start the run: %1.</source>
        <translation>Nie można uruchomić przebiegu: %1.</translation>
    </message>
</context>
<context>
    <name>cacophony::RunHistory</name>
    <message>
        <source>custom</source>
        <translation>własny</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (zatrzymany)</translation>
    </message>
    <message>
        <source>%1
%2 BPM, seed %3, %4 beats, %5 lost, %6 out of order
%7</source>
        <translation>%1
%2 BPM, ziarno %3, uderzenia: %4, utracone: %5, poza kolejnością: %6
%7</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Uderzenia</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracone</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>Nieporządek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Tempo in beats per minute</source>
        <translation>Tempo w uderzeniach na minutę</translation>
    </message>
    <message>
        <source>Beats performed before the end of program</source>
        <translation>Uderzenia zagrane przed końcem programu</translation>
    </message>
    <message>
        <source>Beats lost: never performed or performed after the end of program</source>
        <translation>Utracone uderzenia: nigdy niezagrane lub zagrane po końcu programu</translation>
    </message>
    <message>
        <source>Beats performed out of order</source>
        <translation>Uderzenia zagrane poza kolejnością</translation>
    </message>
    <message>
        <source>When the run ended</source>
        <translation>Kiedy przebieg się skończył</translation>
    </message>
    <message>
        <source>Stopped: the beats not yet due were not lost.</source>
        <translation>Zatrzymany: uderzenia, których czas jeszcze nie nadszedł, nie zostały utracone.</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lekcja %1</translation>
    </message>
    <message>
        <source>%1 — %2, seed %3</source>
        <translation>%1 — %2, ziarno %3</translation>
    </message>
    <message>
        <source>%1 — %2 lines lost, %3 out of order</source>
        <translation>%1 — utracone linie: %2, poza kolejnością: %3</translation>
    </message>
    <message>
        <source>%1 — %2 BPM, %3 lost, %4 out of order</source>
        <translation>%1 — %2 BPM, utracone: %3, poza kolejnością: %4</translation>
    </message>
    <message>
        <source>Scenario number (as in the series), lesson (in the series&apos; order) or custom</source>
        <translation>Numer scenariusza (jak w serii), lekcja (w kolejności serii) lub własny</translation>
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
        <translation>Porównanie dwóch przebiegów na jednej osi czasu. Esc wraca do osi czasu.</translation>
    </message>
</context>
<context>
    <name>cacophony::ScenarioHeader</name>
    <message>
        <source>Execution time of volume measurement is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Czas wykonania pomiaru głośności jest &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Lesson: %1.</source>
        <translation>Lekcja: %1.</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Własny: %1</translation>
    </message>
</context>
<context>
    <name>cacophony::ScenarioPicker</name>
    <message>
        <source>Custom: any strategy × delay profile</source>
        <translation>Własny: dowolna strategia × profil opóźnienia</translation>
    </message>
    <message>
        <source>Custom run: the metronome implementation (strategy).</source>
        <translation>Własny przebieg: implementacja metronomu (strategia).</translation>
    </message>
    <message>
        <source>Custom run: how long a volume measurement takes. Short: half a beat; oscillating: a slow wave from 0.2 to 2.5 beats; random: 0.2 to 2.5 beats.</source>
        <translation>Własny przebieg: jak długo trwa pomiar głośności. Krótki: pół uderzenia; oscylujący: powolna fala od 0,2 do 2,5 uderzenia; losowy: od 0,2 do 2,5 uderzenia.</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenariusz</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcje</translation>
    </message>
    <message>
        <source>The metronome implementation to run: the 14 scenarios of the series in its order, a custom strategy and delay profile, or one of the lessons, the series&apos; small goroutine programs ([ and ] step through).</source>
        <translation>Implementacja metronomu do uruchomienia: 14 scenariuszy serii w jej kolejności, własna strategia i profil opóźnień albo jedna z lekcji, małych programów z gorutynami z serii ([ i ] przełączają).</translation>
    </message>
</context>
<context>
    <name>cacophony::SeriesRunner</name>
    <message>
        <source>The run of %1 did not complete.</source>
        <translation>Przebieg %1 się nie zakończył.</translation>
    </message>
</context>
<context>
    <name>cacophony::SidePanels</name>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>The numbers of the run on screen</source>
        <translation>Liczby widocznego przebiegu</translation>
    </message>
    <message>
        <source>Click a beat, a measurement, a task or a channel operation in the timeline to see its details here.</source>
        <translation>Kliknij uderzenie, pomiar, zadanie lub operację na kanale na osi czasu, by zobaczyć tu szczegóły.</translation>
    </message>
    <message>
        <source>Details of the item clicked in the timeline</source>
        <translation>Szczegóły elementu klikniętego na osi czasu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Log Console</source>
        <translation>Konsola logu</translation>
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
        <translation>Uderzenia na minutę i odstęp między uderzeniami.</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Uderzenia</translation>
    </message>
    <message>
        <source>Beats performed before the end of program, of those expected.</source>
        <translation>Uderzenia zagrane przed końcem programu, spośród oczekiwanych.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracone</translation>
    </message>
    <message>
        <source>Beats never performed, or performed after the end of program (in Go the process would already have exited).</source>
        <translation>Uderzenia nigdy niezagrane lub zagrane po końcu programu (w Go proces już by się zakończył).</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Poza kolejnością</translation>
    </message>
    <message>
        <source>Beats performed after a beat with a higher number.</source>
        <translation>Uderzenia zagrane po uderzeniu o wyższym numerze.</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Spóźnienie</translation>
    </message>
    <message>
        <source>How late beats are against their ideal time: mean, 99th percentile, maximum.</source>
        <translation>Jak bardzo uderzenia spóźniają się względem idealnego czasu: średnia, 99. percentyl, maksimum.</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Drżenie</translation>
    </message>
    <message>
        <source>Standard deviation of the intervals between consecutive beats; 0 is a perfect metronome. The mean interval is in brackets.</source>
        <translation>Odchylenie standardowe odstępów między kolejnymi uderzeniami; 0 to idealny metronom. Średni odstęp w nawiasie.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dryf</translation>
    </message>
    <message>
        <source>Stale volumes</source>
        <translation>Nieaktualne głośności</translation>
    </message>
    <message>
        <source>Beats whose volume came from a measurement an earlier beat had already used.</source>
        <translation>Uderzenia, których głośność pochodzi z pomiaru użytego już przez wcześniejsze uderzenie.</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Nakładające się</translation>
    </message>
    <message>
        <source>Volume measurements that ran at the same time as another one.</source>
        <translation>Pomiary głośności trwające w tym samym czasie co inny pomiar.</translation>
    </message>
    <message>
        <source>Dropped ticks</source>
        <translation>Zgubione tyknięcia</translation>
    </message>
    <message>
        <source>Ticker ticks nobody received in time: the ticker drops them for a slow receiver.</source>
        <translation>Tyknięcia tickera, których nikt nie odebrał na czas: ticker gubi je dla wolnego odbiorcy.</translation>
    </message>
    <message>
        <source>Spin time</source>
        <translation>Czas aktywnego czekania</translation>
    </message>
    <message>
        <source>Total time spent busy-waiting.</source>
        <translation>Łączny czas spędzony na aktywnym czekaniu.</translation>
    </message>
    <message>
        <source>End of program</source>
        <translation>Koniec programu</translation>
    </message>
    <message>
        <source>When the metronome function returned (the red line).</source>
        <translation>Kiedy funkcja metronomu się zakończyła (czerwona linia).</translation>
    </message>
    <message>
        <source>No run yet. Press Play (Space).</source>
        <translation>Jeszcze nic nie grało. Naciśnij Graj (spacja).</translation>
    </message>
    <message>
        <source>%1 BPM (%2)</source>
        <translation>%1 BPM (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1 · p99 %2 · max %3</source>
        <translation>%1 · p99 %2 · maks. %3</translation>
    </message>
    <message>
        <source>%1, continuous</source>
        <translation>%1, bez końca</translation>
    </message>
    <message>
        <source>%1 — not played yet. Press Play (Space).</source>
        <translation>%1 — jeszcze nie grało. Naciśnij Graj (spacja).</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>Przesunięcie startu</translation>
    </message>
    <message>
        <source>How late the first beat is against its ideal time: a constant delay set at the start (a ticker&apos;s first tick, the first measurement) that every later beat keeps. It is not drift.</source>
        <translation>Jak bardzo pierwsze uderzenie spóźnia się względem idealnego czasu: stałe opóźnienie ustalone na starcie (pierwsze tyknięcie tickera, pierwszy pomiar), które zachowuje każde kolejne uderzenie. To nie jest dryf.</translation>
    </message>
    <message>
        <source>How far the last beat strays from the grid the first beat set: time lost or gained over the run, without the start offset.</source>
        <translation>Jak daleko ostatnie uderzenie odbiega od siatki wyznaczonej przez pierwsze: czas stracony lub zyskany w trakcie przebiegu, bez przesunięcia startu.</translation>
    </message>
    <message>
        <source>%1 (mean interval %2)</source>
        <translation>%1 (średni odstęp %2)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Powtórzone</translation>
    </message>
    <message>
        <source>Beats performed with a number an earlier beat already had (the closure bug: tasks reading the loop counter when they run).</source>
        <translation>Uderzenia zagrane z numerem, który miało już wcześniejsze uderzenie (błąd domknięcia: zadania czytają licznik pętli w chwili działania).</translation>
    </message>
    <message>
        <source>Printed lines</source>
        <translation>Wypisane linie</translation>
    </message>
    <message>
        <source>A lesson&apos;s log lines: printed before the end of program, cut off after it (would have printed), and printed after a line that comes later in the program.</source>
        <translation>Linie logu lekcji: wypisane przed końcem programu, ucięte po nim (zostałyby wypisane) i wypisane po linii, która w programie występuje później.</translation>
    </message>
    <message>
        <source>%1 printed · %2 lost · %3 out of order</source>
        <translation>wypisane %1 · utracone %2 · poza kolejnością %3</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (zatrzymany)</translation>
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
        <translation>Uderzenia na minutę, od 1 do 6000. Seria gra w 6000 (10 ms na uderzenie).</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Stuknij</translation>
    </message>
    <message>
        <source>Tap tempo (T): tap at least twice in time; the tempo is the average of the last taps. A pause of two seconds starts over.</source>
        <translation>Wystukaj tempo (T): stuknij co najmniej dwa razy w rytm; tempo to średnia z ostatnich stuknięć. Dwie sekundy przerwy zaczynają od nowa.</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Tempo: drag up or right to speed up, down or left to slow down (Shift for finer steps); the wheel and the arrow keys change it one BPM at a time. A click alone keeps the tempo. Most of the turn covers 20–300 BPM; the last part reaches the series&apos; 6000 BPM.</source>
        <translation>Tempo: przeciągnij w górę lub w prawo, aby przyspieszyć, w dół lub w lewo, aby zwolnić (z Shiftem drobniej); kółko myszy i strzałki zmieniają je o jeden BPM. Samo kliknięcie nie zmienia tempa. Większość obrotu to 20–300 BPM; ostatnia część sięga 6000 BPM z serii.</translation>
    </message>
</context>
<context>
    <name>cacophony::TimeAxisTicker</name>
    <message>
        <source>time (s)</source>
        <translation>czas (s)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>czas (ms)</translation>
    </message>
</context>
<context>
    <name>cacophony::TimelineLayer</name>
    <message>
        <source>ideal beat</source>
        <translation>idealne uderzenie</translation>
    </message>
    <message>
        <source>volume measurement</source>
        <translation>pomiar głośności</translation>
    </message>
    <message>
        <source>beat</source>
        <translation>uderzenie</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>poza kolejnością</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>utracone</translation>
    </message>
    <message>
        <source>end of program</source>
        <translation>koniec programu</translation>
    </message>
    <message>
        <source>task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>synchroniczne</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchroniczne</translation>
    </message>
    <message>
        <source>return</source>
        <translation>powrót</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>sen</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokowane</translation>
    </message>
    <message>
        <source>spinning</source>
        <translation>aktywne czekanie</translation>
    </message>
    <message>
        <source>Ideal beats</source>
        <translation>Idealne uderzenia</translation>
    </message>
    <message>
        <source>Volume measurements</source>
        <translation>Pomiary głośności</translation>
    </message>
    <message>
        <source>Actual beats</source>
        <translation>Rzeczywiste uderzenia</translation>
    </message>
    <message>
        <source>measuring volume</source>
        <translation>pomiar głośności</translation>
    </message>
    <message>
        <source>beat (its number)</source>
        <translation>uderzenie (jego numer)</translation>
    </message>
    <message>
        <source>channel (its buffer size)</source>
        <translation>kanał (rozmiar bufora)</translation>
    </message>
    <message>
        <source>message in a channel</source>
        <translation>wiadomość w kanale</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>tyknięcie</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Zoomed in on the printed lines: %1 of a %2 run shown (scroll to zoom out)</source>
        <translation>Przybliżono do wypisanych wierszy: pokazano %1 z przebiegu trwającego %2 (przewiń, by oddalić)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>printed line (# in the order printed)</source>
        <translation>wypisany wiersz (# w kolejności wypisania)</translation>
    </message>
</context>
<context>
    <name>cacophony::TraceFileActions</name>
    <message>
        <source>Nothing to save</source>
        <translation>Nie ma czego zapisać</translation>
    </message>
    <message>
        <source>Play a run first: there is no trace on screen.</source>
        <translation>Najpierw zagraj przebieg: na ekranie nie ma śladu.</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Otwórz ślad</translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation>Zapisz ślad</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Ślad Chrome (*.json)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Saving cancelled: nothing was written.</source>
        <translation>Zapis anulowany: nic nie zapisano.</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Otwieranie anulowane.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Cannot save trace</source>
        <translation>Nie można zapisać śladu</translation>
    </message>
    <message>
        <source>Cannot open trace</source>
        <translation>Nie można otworzyć śladu</translation>
    </message>
    <message>
        <source>%1 could not be opened as a Cacophony trace.

%2</source>
        <translation>Nie udało się otworzyć %1 jako śladu Cacophony.

%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Otwarto %1.</translation>
    </message>
    <message>
        <source>Traces (*.json *.perfetto-trace *.pftrace);;Chrome trace (*.json);;Perfetto trace (*.perfetto-trace *.pftrace);;All files (*)</source>
        <translation>Ślady (*.json *.perfetto-trace *.pftrace);;Ślad Chrome (*.json);;Ślad Perfetto (*.perfetto-trace *.pftrace);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Perfetto trace (*.perfetto-trace *.pftrace)</source>
        <translation>Ślad Perfetto (*.perfetto-trace *.pftrace)</translation>
    </message>
</context>
<context>
    <name>cacophony::WindowActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Graj</translation>
    </message>
    <message>
        <source>&amp;Tap Tempo</source>
        <translation>&amp;Wystukaj tempo</translation>
    </message>
    <message>
        <source>Tap tempo: tap twice or more in time</source>
        <translation>Wystukaj tempo: stuknij co najmniej dwa razy w rytm</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>S&amp;zybciej</translation>
    </message>
    <message>
        <source>One BPM faster</source>
        <translation>O jeden BPM szybciej</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Wo&amp;lniej</translation>
    </message>
    <message>
        <source>One BPM slower</source>
        <translation>O jeden BPM wolniej</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>&amp;Następny scenariusz</translation>
    </message>
    <message>
        <source>Switch to the next scenario</source>
        <translation>Przełącz na następny scenariusz</translation>
    </message>
    <message>
        <source>P&amp;revious Scenario</source>
        <translation>&amp;Poprzedni scenariusz</translation>
    </message>
    <message>
        <source>Switch to the previous scenario</source>
        <translation>Przełącz na poprzedni scenariusz</translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation>Nowe z&amp;iarno</translation>
    </message>
    <message>
        <source>Pick a new random seed: other delays and volumes</source>
        <translation>Wylosuj nowe ziarno: inne opóźnienia i głośności</translation>
    </message>
    <message>
        <source>&amp;Demonstration: 9, then 14</source>
        <translation>P&amp;okaz: 9, potem 14</translation>
    </message>
    <message>
        <source>Play scenario 9, then 14, then compare them stacked</source>
        <translation>Zagraj scenariusz 9, potem 14 i porównaj je jeden nad drugim</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>&amp;Eksportuj obraz…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, JPG, PDF or SVG</source>
        <translation>Zapisz oś czasu jako PNG, JPG, PDF lub SVG</translation>
    </message>
    <message>
        <source>Export Series &amp;Page…</source>
        <translation>Eksportuj &amp;stronę serii…</translation>
    </message>
    <message>
        <source>Run all 14 scenarios and save their charts stacked on one page, like the series</source>
        <translation>Uruchom wszystkie 14 scenariuszy i zapisz ich wykresy jeden pod drugim na jednej stronie, jak w serii</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Otwórz ślad…</translation>
    </message>
    <message>
        <source>&amp;Save Trace…</source>
        <translation>&amp;Zapisz ślad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>Quit Cacophony</source>
        <translation>Zakończ Cacophony</translation>
    </message>
    <message>
        <source>&amp;Beats</source>
        <translation>&amp;Uderzenia</translation>
    </message>
    <message>
        <source>Beat view: ideal beats, volume measurements and actual beats, as in the series</source>
        <translation>Widok uderzeń: idealne uderzenia, pomiary głośności i rzeczywiste uderzenia, jak w serii</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>Task view: a lane per task and per channel, with sends, receives and spawns</source>
        <translation>Widok zadań: tor na każde zadanie i kanał, z wysyłaniem, odbieraniem i tworzeniem zadań</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Resetuj powiększenie</translation>
    </message>
    <message>
        <source>Show the whole run again</source>
        <translation>Pokaż znowu cały przebieg</translation>
    </message>
    <message>
        <source>&amp;Follow Latest</source>
        <translation>&amp;Śledź najnowsze</translation>
    </message>
    <message>
        <source>Keep the newest events in view while a run plays</source>
        <translation>Trzymaj najnowsze zdarzenia w widoku w trakcie przebiegu</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>&amp;Porównaj przebiegi</translation>
    </message>
    <message>
        <source>Stack two runs from the history on one shared time axis</source>
        <translation>Ułóż dwa przebiegi z historii na wspólnej osi czasu</translation>
    </message>
    <message>
        <source>Close Co&amp;mparison</source>
        <translation>Zamknij porówna&amp;nie</translation>
    </message>
    <message>
        <source>Back to the single timeline</source>
        <translation>Powrót do pojedynczej osi czasu</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systemowy</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>The look of your desktop</source>
        <translation>Wygląd twojego pulpitu</translation>
    </message>
    <message>
        <source>Light palette (good on a projector)</source>
        <translation>Jasna paleta (dobra na projektorze)</translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation>Ciemna paleta</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Wycisz</translation>
    </message>
    <message>
        <source>Silence the clicks; the timeline keeps drawing</source>
        <translation>Wycisz kliknięcia; oś czasu nadal rysuje</translation>
    </message>
    <message>
        <source>&amp;First-Start Hint</source>
        <translation>Podpowiedź na &amp;start</translation>
    </message>
    <message>
        <source>Show the hint: play scenario 9, then 14</source>
        <translation>Pokaż podpowiedź: zagraj scenariusz 9, potem 14</translation>
    </message>
    <message>
        <source>&amp;About Cacophony</source>
        <translation>&amp;O programie Cacophony</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>P&amp;rzebieg</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>Presentation &amp;Scale</source>
        <translation>&amp;Skala prezentacji</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Pokaż lub ukryj panel %1</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Dźwięk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Zatrzymaj przebieg</translation>
    </message>
    <message>
        <source>Play the chosen scenario at the chosen tempo</source>
        <translation>Zagraj wybrany scenariusz w wybranym tempie</translation>
    </message>
    <message>
        <source>Open a saved trace (Chrome trace JSON or Perfetto trace)</source>
        <translation>Otwórz zapisany ślad (Chrome trace JSON lub ślad Perfetto)</translation>
    </message>
    <message>
        <source>Save the run on screen as a Chrome trace (.json) or a Perfetto trace (.perfetto-trace)</source>
        <translation>Zapisz widoczny przebieg jako ślad Chrome (.json) lub ślad Perfetto (.perfetto-trace)</translation>
    </message>
</context>
</TS>
