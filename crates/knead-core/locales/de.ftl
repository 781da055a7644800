## knead: jedes Wort, das eine Person liest oder hört, auf Deutsch.
## Die Meldungen sind danach gruppiert, wo sie erscheinen; maßgeblich ist die englische Datei.
## Die Person wird durchgehend mit „Sie“ angesprochen; die Begriffe stehen in docs/glossary/de.md.

lang-self-name = Deutsch

## Stellen und Seiten

side-left = links
side-right = rechts
side-left-initial = L
side-right-initial = R
# Eine Stelle in Listen und Titeln: „oberer Trapezius, links“.
spot-label = { $region }, { $side }
# Eine Stelle im Satz: „Bewerten Sie: oberer Trapezius links“. Die Seite steht nach der
# Region, so muss kein „linke/linker“ zu Geschlecht und Fall der Region passen.
spot-in-sentence = { $region } { $side }
# Die Seiten einer Region, wenn sie sich unterscheiden, die schlechtere zuerst: „Wade: rechts 8, links 4“.
side-gap = { $region }: { $worse } { $high }, { $other } { $low }
# $side ist side-left oder side-right („links“, „rechts“): danach gewählt, um „die rechte Seite“ zu sagen.
switch-sides = { $side ->
        [links] Wechseln Sie auf die linke Seite
        [rechts] Wechseln Sie auf die rechte Seite
       *[other] Seitenwechsel: { $side }
    }

## Was ein Fehler des Betriebssystems bedeutet

io-not-found = die Datei existiert nicht
io-permission-denied = Zugriff verweigert
io-is-a-folder = das ist ein Ordner, keine Datei
io-not-text = das ist kein Text (UTF-8)
io-disk-full = der Datenträger ist voll
io-read-only = der Datenträger ist schreibgeschützt
io-unreadable = die Datei konnte nicht gelesen werden

## Die Sitzung: Fragen und Antworten

session-rating-prompt = Schmerz insgesamt jetzt, von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz)
note-prompt = Eine Notiz für Ihr Therapieteam (eine Zeile)
not-saved = diese Sitzung wird nicht gespeichert
preparing-voice = Die Stimme wird vorbereitet (höchstens einige Sekunden)...
release-prompt = Drücken Sie Enter, sobald sich der Knoten löst.
rate-how = Geben Sie eine Zahl von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz) ein, oder s zum Überspringen.
begin = Drücken Sie Enter, um zu beginnen, oder q und dann Enter, um zu beenden.
begin-with-overall = { $question }: Geben Sie die Zahl ein und drücken Sie Enter, um zu beginnen (s zum Überspringen, q zum Beenden).
quit-ask = Sitzung beenden? Die Uhr ist angehalten. j und dann Enter beendet; jede andere Eingabe macht weiter.
going-on = Es geht weiter.
note-kept = Notiz bei dieser Sitzung gespeichert.
kept-rating = Für die nächste Bewertung vorgemerkt: { $rating }/10.
kept-skip = Vorgemerkt: Die nächste Bewertung wird übersprungen.
kept-badge = Bewertung { $rating }/10 vorgemerkt
kept-badge-skip = Bewertung wird übersprungen
rated = bewertet mit { $rating }/10
not-rated = nicht bewertet
after-the-rating = Vorgemerkt bis nach der nächsten Bewertung: { $line }.
nothing-now = Für { $line } gibt es gerade nichts zu tun.

## Wo die Sitzung steht (Enter allein im Textmodus)

status-left = noch { $left }
status-left-paused = noch { $left }, pausiert
status-waiting = wartet
status-rate-to-go-on = {" "}Bewerten Sie, um fortzufahren.
status-prepare = Vorbereiten { $number }/{ $total }: { $hold }, { $left }.
status-hold = Halten { $number }/{ $total }: { $hold }, { $left }.
status-rest-next = Pause nach Haltephase { $number }: { $left }.{ $rate } Als Nächstes: { $next }.
status-rest = Pause nach Haltephase { $number }: { $left }.{ $rate }

## Benachrichtigungen

rate-notification = Loslassen. { $request }
rate-request = Bewerten Sie: { $spot }, 0-10
next-notification = Als Nächstes: { $spot }, { $seconds } s
complete-well-done = { $routine }: gut gemacht.
complete-partly = { $routine }: { $held } von { $total ->
        [one] { $total } Haltephase
       *[other] { $total } Haltephasen
    }.
rep-of = Wdh. { $rep } von { $reps }

## Rat nach einer Bewertung

ease-off-skip = {" "}Drücken Sie x, um den Rest dieser Stelle zu überspringen.
ease-off = { $spot }: { $rating }/10 ist viel. Verringern Sie den Druck.{ $skip }
not-easing = { $spot }: von { $from } auf { $to }. Der Schmerz an dieser Stelle lässt nicht nach; erwägen Sie, aufzuhören.

## Der Schmerz insgesamt

overall-before-after = Schmerz insgesamt { $before }/10 vorher, { $after }/10 nachher
overall-before = Schmerz insgesamt { $before }/10 vorher
overall-after = Schmerz insgesamt { $after }/10 nachher

## Textmodus, Schritt für Schritt

announce-prepare = Vorbereiten { $number }/{ $total }: { $spot }, { $tool } ({ $prepare })
announce-hold = Halten { $number }/{ $total }: { $spot }, { $seconds } s
announce-released = Loslassen. { $held } gehalten.
announce-cut-short = Nach { $held } vorzeitig beendet.
announce-skipped = Haltephase { $number } übersprungen.
announce-rest = Pause { $rest }.{" "}
announce-rate = { $rest }Bewerten Sie: { $spot }, von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz), oder s zum Überspringen:
announce-rest-over = Pause vorbei. Bewerten Sie, um fortzufahren:
announce-rated = Bewertet mit { $rating }/10.
announce-not-rated = Nicht bewertet.
announce-overall = Schmerz insgesamt { $rating }/10.
announce-overall-not-given = Schmerz insgesamt: keine Angabe.
announce-paused = Pausiert; p und dann Enter setzt fort.
announce-still-paused = Immer noch pausiert ({ $minutes } Min.); p und dann Enter setzt fort.
announce-resumed = Fortgesetzt.
announce-extended = Haltephase um { $seconds } s verlängert.
announce-spot-skipped = { $count ->
        [one] Letzte Haltephase an dieser Stelle übersprungen.
       *[other] Die restlichen { $count } Haltephasen an dieser Stelle übersprungen.
    }

## Die Zusammenfassung und Listen von Sitzungen

summary-complete = Sitzung abgeschlossen
summary-partly = Sitzung teilweise durchgeführt
summary-stopped = Sitzung abgebrochen
summary-interrupted = Sitzung unterbrochen
holds = { $count ->
        [one] { $count } Haltephase
       *[other] { $count } Haltephasen
    }
holds-of = { $held } von { $total ->
        [one] { $total } Haltephase
       *[other] { $total } Haltephasen
    }
holds-of-held = { $held } von { $total ->
        [one] { $total } Haltephase
       *[other] { $total } Haltephasen
    } gehalten
holds-held = { $count ->
        [one] { $count } Haltephase
       *[other] { $count } Haltephasen
    } gehalten
hold-held = gehalten
hold-released = gelöst
hold-cut-short = verkürzt
hold-stopped = abgebrochen
hold-skipped = übersprungen
hold-skipped-for-pain = wegen Schmerzen übersprungen
session-completed = abgeschlossen
session-partly = teilweise
session-stopped = abgebrochen
session-interrupted = unterbrochen
pain-first-to-last = Schmerz, erste bis letzte Bewertung
column-spot = Stelle
column-side = Seite
column-rep = Wdh.
column-held = Dauer
column-rating = Bewertung
note-kept-short = Notiz gespeichert
sides-differ = Seitenunterschied: { $gap }
last-time = letztes Mal { $rating }
not-saved-summary = Hinweis: { $notice }. Die Bewertungen unten sind die einzige Aufzeichnung.
much-better = deutlich besser
worse = schlechter
scale-low = 0 kein Schmerz
scale-high = 10 stärkster vorstellbarer

## Eigene Zeilen des Textmodus

overview-title-by = { $name } (von { $author })
overview-safety-line = Sicherheit: { $line }
overview-totals-line = { $holds }, etwa { $length }.
overall-prompt = { $question }, oder s zum Überspringen:
note-prompt-line = { $question }, oder Enter für keine:
notice-line = Hinweis: { $notice }.
caught-up = Hinweis: Der Verlauf ist wieder aktuell; alles Bisherige ist gespeichert.

## Der Vollbildschirm

badge-prepare = VORBEREITEN
badge-hold = HALTEN
badge-rate = BEWERTEN
badge-rest = PAUSE
badge-overview = ÜBERSICHT
badge-summary = ZUSAMMENFASSUNG
badge-paused = PAUSIERT
badge-not-saved = NICHT GESPEICHERT
position = Haltephase { $number } von { $total }
position-after = nach Haltephase { $number } von { $total }
screen-rest = Pause. Lassen Sie die Stelle zur Ruhe kommen.
screen-rest-over = Pause vorbei: Bewerten Sie, um fortzufahren.
screen-last-hold = Letzte Haltephase: Nach der Bewertung folgt die Zusammenfassung.
how-tender = { $spot }: Wie druckempfindlich ist die Stelle jetzt?
rating-hint-selected = { $value } gewählt: Enter bestätigt · 0-9, t für 10, ←/→ zum Ändern · s überspringt
rating-hint = 0-9 eingeben, oder t (oder 1, dann 0) für 10 · ←/→ · Enter bestätigt · s überspringt
keys-title = Tasten (beliebige Taste schließt)
quit-box-question = Sitzung beenden?
quit-box-paused = Die Uhr ist angehalten.
quit-box-kept = Alle bisherigen Bewertungen bleiben erhalten.
overall-title = Schmerz insgesamt jetzt
overall-when-before = Vor der ersten Haltephase
overall-when-after = Nach der letzten Haltephase
note-hint = Wird mit dieser Sitzung gespeichert.
by = von { $author }
heading-safety = Sicherheit
heading-steps = Schritte
step-each-side = je Seite
step-until-released = , bis zum Lösen
notice = Hinweis: { $notice }
totals = { $holds } · etwa { $length }
totals-more = (↑↓ für mehr)
kept-ahead = Vorgemerkt für die ersten Haltephasen: { $ratings }
kept-ahead-skip = überspringen
next-switch = als Nächstes: { $hold } (Seitenwechsel)
next-hold = als Nächstes: { $hold }
next-summary = als Nächstes: die Zusammenfassung
# Unter der Körperkarte („◀ linke Seite“) und, großgeschrieben, gesprochen („Rechte Seite: …“).
worked-side = { $side ->
        [links] linke Seite
        [rechts] rechte Seite
       *[other] Seite { $side }
    }
too-small = knead braucht mindestens { $min }; hier sind es { $size }

## knead status: eine kurze Zeile für eine Statusleiste

status-phase-prepare = Vorbereiten
status-phase-hold = Halten
status-phase-rest = Pause
status-phase-rate = Bewerten
status-paused = pausiert
status-nothing-due = nichts fällig
status-due = fällig: { $routines }
status-reminder = { $due } · Erinnerung { $when } { $routine }
status-due-count = knead: { $count } fällig
status-tooltip-nothing = knead: heute nichts fällig
status-tooltip-due = knead: heute fällig: { $routines }

## Der Startbildschirm

home-badge = KNEAD
home-due-today = { $count } heute fällig · { $today }
home-new-name = Name der neuen Routine:
home-filter = Filter: { $filter } (Esc löscht)
home-no-routines = Keine Routinen gefunden.
home-no-match = Keine Routine passt zu „{ $filter }“.
home-yours = Ihre Routinen
home-bundled = Mitgeliefert
home-column-length = Dauer
home-column-last-done = Zuletzt
home-column-week = Woche
home-invalid = ungültig
home-due = fällig
home-never = nie
home-today-at = heute { $time }
home-yesterday = gestern
home-days-ago = vor { $days } Tagen
home-weeks-ago = vor { $weeks } Wochen

## Der Verlaufsbildschirm

history-badge = VERLAUF
history-empty = Noch keine Sitzungen: Der Verlauf füllt sich, sobald Sie Haltephasen bewerten.
history-cannot-show = Der Verlauf kann nicht angezeigt werden: { $why }
history-totals = { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } · { $spots ->
        [one] { $spots } Stelle
       *[other] { $spots } Stellen
    }
history-spots = Stellen
history-latest-pain = Letzte Schmerzwerte
history-sessions = Sitzungen, neueste zuerst
history-session = Sitzung
history-weeks = Sitzungen pro Woche
history-weeks-routines = Sitzungen pro Woche · { $count } Routinen
history-no-weeks = Keine Sitzungen in den letzten vier Wochen.
history-aim = (Ziel { $aim })
history-this-week = { $count } diese Woche
history-before = davor: { $first }, { $second }, { $third }
history-sides-differ = Seitenunterschied: { $gap }
history-last = zuletzt: { $values }
history-mean = Mittel { $mean }
history-no-end = kein Ende erfasst
column-outcome = Ergebnis
history-again = (erneut)
history-held-of = { $held } von { $planned }

## Tage und Monate

# „Mo., 6. Dez.“, „Fr., 6. Mai“: Der Wochentag bekommt seinen Punkt hier, ein Monat trägt
# seinen eigenen (Mai hat keinen, er wird nicht abgekürzt).
date-weekday-day-month = { $weekday }., { $day }. { $month }
date-day-month-year = { $day }. { $month } { $year }
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
month-jan = Jan.
month-feb = Feb.
month-mar = Mär.
month-apr = Apr.
month-may = Mai
month-jun = Jun.
month-jul = Jul.
month-aug = Aug.
month-sep = Sep.
month-oct = Okt.
month-nov = Nov.
month-dec = Dez.
summary-line-held = gehalten { $held },{" "}
summary-line-hold = {"  "}{ $number }. { $spot }, Wdh. { $rep }: { $held }{ $result }{ $last }
summary-change-side = { $side } von { $first } auf { $last }
summary-change = von { $first } auf { $last }
summary-done = { $done } von { $total ->
        [one] { $total } Haltephase
       *[other] { $total } Haltephasen
    } erledigt
summary-time-held = { $held } gehalten
summary-not-reached = nicht erreicht

## Die Ergebnismessungen: Aktivitäten (Patientenspezifische Funktionsskala, PSFS) und der
## globale Eindruck der Veränderung (PGIC)

activity-title = Wie gut können Sie das jetzt?
activity-low = 0 nicht möglich
activity-high = 10 wie vor dem Problem
activity-count = Aktivität { $number } von { $total }
activity-prompt = { $count }: { $activity }. Wie gut können Sie das jetzt, von 0 (nicht möglich) bis 10 (wie vor dem Problem)? Geben Sie die Zahl ein und drücken Sie Enter (s zum Überspringen).
activities-first = Bevor Sie beginnen: Bewerten Sie, wie gut Sie jede dieser Aktivitäten jetzt ausführen können.
activity-how = Geben Sie eine Zahl von 0 (nicht möglich) bis 10 (wie vor dem Problem) ein, oder s zum Überspringen.
activity-rated = { $activity }: { $rating }/10.
activity-skipped = { $activity }: übersprungen.
activity-skipped-word = übersprungen
activity-mean = Aktivitäten im Mittel { $mean }/10
activities-none-rated = Aktivitäten, keine bewertet:
change-title = Seit Beginn des Programms
change-asked = Wie haben sich Ihre Beschwerden verändert?
change-choose = wählen
change-question = Wie haben sich Ihre Beschwerden seit Beginn des Programms verändert?
change-type = Geben Sie die Zahl ein und drücken Sie Enter (s zum Überspringen).
change-how = Geben Sie eine Zahl von 1 (sehr viel besser) bis 7 (sehr viel schlechter) ein, oder s zum Überspringen.
change-rated = Seit Beginn des Programms: { $answer }.
change-not-given = Veränderung seit Beginn des Programms: keine Angabe.
change-short = Veränderung: { $answer }
change-said = Seit Beginn des Programms: { $answer } (Ende der Phase { $phase })
change-not-answered = nicht beantwortet
note-said = Notiz: { $note }
impression-very-much-improved = sehr viel besser
impression-much-improved = viel besser
impression-minimally-improved = etwas besser
impression-no-change = unverändert
impression-minimally-worse = etwas schlechter
impression-much-worse = viel schlechter
impression-very-much-worse = sehr viel schlechter

## Was die Stimme sagt (Zahlen kommen als Wörter, aus den eigenen Zahlwörtern von knead)

speech-hold = Halten.
speech-halfway = Halbzeit.
speech-paused = Pausiert.
speech-still-paused = Immer noch pausiert. Drücken Sie p, um weiterzumachen.
speech-resumed = Weiter.
speech-skipped = Rest dieser Stelle übersprungen.
speech-quit-asked = Sitzung beenden? Drücken Sie J zum Beenden, eine andere Taste zum Weitermachen.
speech-release = Loslassen. Bewerten Sie, null bis zehn.
speech-released = Loslassen.
speech-activity = { $activity }. Wie gut können Sie das jetzt? Von 0, nicht möglich, bis 10, wie vor dem Problem.
speech-change = Wie haben sich Ihre Beschwerden seit Beginn des Programms verändert? 1, sehr viel besser. 4, unverändert. 7, sehr viel schlechter.
speech-left = Noch { $length }.
speech-begin = Drücken Sie Enter, um zu beginnen.
speech-getting-ready = Vorbereitung: { $spot }.
speech-holding = Halten: { $spot }.
speech-resting-next = Pause. Als Nächstes: { $spot }.
speech-resting = Pause.
speech-side-spot = { $side }: { $spot }
# „Wade, links, zweite von drei“ (die zweite Haltephase von drei).
speech-rep-ordinal = { $rep ->
        [1] erste
        [2] zweite
        [3] dritte
        [4] vierte
        [5] fünfte
        [6] sechste
        [7] siebte
        [8] achte
        [9] neunte
       *[10] zehnte
    } von { $total }
speech-rep-number = Nummer { $rep } von { $total }
speech-rate = Bewerten Sie: { $spot }, null bis zehn.
speech-ease-off-skip = Das ist viel. Verringern Sie den Druck etwas, oder überspringen Sie den Rest dieser Stelle mit x.
speech-ease-off = Das ist viel. Verringern Sie den Druck etwas.
speech-next-rep = Als Nächstes: { $spot }, { $which }.
speech-next = Als Nächstes: { $spot }.
# „Eine Haltephase“, nicht „Eins Haltephase“: Der Fall one kommt ohne das Zahlwort aus.
speech-end-complete = { $title }. { $count ->
        [one] Eine Haltephase
       *[other] { $total } Haltephasen
    }.
speech-end-partly = { $title }. { $held } von { $count ->
        [one] einer Haltephase
       *[other] { $total } Haltephasen
    }.
speech-seconds = { $count ->
        [one] eine Sekunde
       *[other] { $words } Sekunden
    }
speech-minutes = { $count ->
        [one] eine Minute
       *[other] { $words } Minuten
    }

## Tasten: was jede tut, in der Fußzeile (kurz) und in der ?-Liste

key-begin = starten
key-something-changed = etwas ist anders
key-released = gelöst
key-confirm = bestätigen
key-end = loslassen
key-next = weiter
key-back = zurück
key-rate = bewerten
key-skip = überspringen
key-skip-spot = Rest überspringen
key-quit = beenden
key-keep-going = weitermachen
key-close = schließen
key-note = Notiz
key-save = speichern
key-cancel = abbrechen
key-scroll = blättern
key-move = bewegen
key-spot = Stelle
key-next-list = nächste Liste
key-open-session = Sitzung öffnen
key-map-chart = Karte/Kurve
key-help = Hilfe
key-open = öffnen
key-history = Verlauf
key-new = neu
key-where-does-it-hurt = Wo tut es weh?
key-filter = filtern
key-keys = Tasten
key-done = fertig
key-choose = wählen
key-front-back = vorn/hinten
key-type-a-place = Stelle tippen
key-yes = ja
key-no = nein
key-take-leave = nehmen/lassen
key-run-now = jetzt starten
key-pause = Pause
key-resume = fortsetzen
key-mute = stumm
key-sound-on = Ton an
key-voice-off = Stimme aus
key-voice-on = Stimme an

help-begin-confirm-released = starten · bestätigen · gelöst
help-stop-rules-again-overview = Stoppregeln erneut (Übersicht)
help-pause-resume = Pause / fortsetzen
help-next-a-hold-ends-then-rate = weiter: Halten endet, dann bewerten
help-go-back-one-hold = eine Haltephase zurück
help-add-15-s-to-this-hold = diese Haltephase um 15 s verlängern
help-rate-t-or-1-then-0-for-10 = bewerten; t (oder 1, dann 0) für 10
help-change-the-rating = Bewertung ändern
help-skip-the-rating = Bewertung überspringen
help-typed-early-kept-for-the-rating = vorab getippt: wird vorgemerkt
help-skip-the-rest-of-a-sore-spot = zu schmerzhaft: Rest überspringen
help-sound-voice-off-on = Ton / Stimme aus, an
help-say-the-spot-phase-and-time-left = Stelle, Phase und Restzeit ansagen
help-quit-asks-ratings-are-kept = beenden: fragt, Bewertungen bleiben
help-a-note-for-your-therapist-summary = Notiz fürs Therapieteam (am Ende)
help-suspend-fg-comes-back = unterbrechen; fg holt es zurück
help-open-enter-again-begins = öffnen; erneut Enter startet
help-move-between-routines = zwischen Routinen wechseln
help-your-history = Ihr Verlauf
help-a-new-routine-in-your-editor = neue Routine in Ihrem Editor
help-where-does-it-hurt = Wo tut es weh?
help-filter-by-name = nach Namen filtern
help-clear-the-filter-or-quit = Filter löschen oder beenden
help-choose-the-place-or-click-it-twice = Stelle wählen (oder Doppelklick)
help-move-the-marker-or-between-muscles = Marker bewegen oder Muskel wechseln
help-turn-the-body-front-or-back = Körper drehen: vorn oder hinten
help-type-the-place-temple-heel = Stelle tippen (Schläfe, Ferse)
help-answer-a-red-flag-question = Frage zu Warnzeichen beantworten
help-take-or-leave-a-muscle = Muskel nehmen oder weglassen
help-run-the-routine-now = Routine jetzt starten
help-save-it-as-a-routine-of-your-own = als eigene Routine speichern
help-back-to-the-body-map = zurück zur Körperkarte

## Die Übersichtszeile einer verordneten Routine

headline-week = Woche { $week } von { $weeks }
headline-phase = Phase { $phase } von { $phases }
headline-sessions-of = { $done } von { $aim } Sitzungen diese Woche
headline-sessions = { $done ->
        [one] { $done } Sitzung diese Woche
       *[other] { $done } Sitzungen diese Woche
    }
headline-before = Beginnt am { $start } ({ $days ->
        [one] morgen
       *[other] in { $days } Tagen
    }) · diese Sitzung folgt dem Plan von Woche 1{ $phase }
headline-after = Endete am { $end } (vor { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }) · diese Sitzung folgt dem Plan von Woche { $weeks }{ $phase }

## Die Stoppregeln, vor einer verordneten Sitzung abgefragt

# Steht für $who, im Nominativ („{ $who } hat Sie gebeten“) und im Akkusativ („kontaktieren
# Sie { $who }“, „für { $who }“): „Ihr Therapieteam“ lautet in beiden Fällen gleich.
rules-your-therapist = Ihr Therapieteam
rules-before = Bevor Sie beginnen: { $who } hat Sie gebeten, aufzuhören und sich zu melden, wenn heute etwas davon zutrifft.
rules-ask = { $rule }? Tippen Sie j (ja) oder n (nein){ $typing ->
        [lines] {" "}und Enter
       *[keys] {""}
    }:
rules-please = Bitte tippen Sie j (ja) oder n (nein){ $typing ->
        [lines] {" "}und Enter
       *[keys] {""}
    }:
rules-then-stop = Dann hören Sie bitte hier auf und kontaktieren Sie { $who }, bevor Sie weitermachen: Das Programm muss eventuell angepasst werden.
rules-start-anyway = Um trotzdem zu beginnen, tippen Sie s{ $typing ->
        [lines] {" "}und Enter
       *[keys] {""}
    }; jede andere Eingabe beendet ohne Sitzung.
rules-no-answer = keine Antwort, daher keine Sitzung; starten Sie sie erneut, wenn Sie bereit sind
rules-kept = Ihre Antwort wird für { $who } gespeichert, und heute findet wie empfohlen keine Sitzung statt.
rules-not-kept = Heute wie empfohlen keine Sitzung. Ihre Antwort konnte nicht gespeichert werden ({ $why }): Bitte informieren Sie { $who } selbst.
rules-answer-not-kept = Ihre Antwort konnte nicht gespeichert werden ({ $why }); die Sitzung speichert sie in ihrem eigenen Eintrag

## Leise Hinweise zu den Ausgaben

audio-built-in-sound = für { $sound } wird der eingebaute Klang verwendet
audio-no-server = kein Soundserver (PulseAudio oder PipeWire)
audio-no-device = kein Audiogerät
audio-bell-only = { $missing }: nur der Signalton des Terminals
audio-visual-only = { $missing }: nur sichtbare Signale
notifications-off = Benachrichtigungen aus: { $why }
notifications-off-no-bus = Benachrichtigungen aus: keine D-Bus-Sitzung
history-not-saved-no-folder = diese Sitzung wird nicht gespeichert: kein Datenordner
history-not-saved-writer = diese Sitzung wird nicht gespeichert: die Speicherung kann nicht starten ({ $why })
history-not-saved-stopped = diese Sitzung wird nicht gespeichert: die Speicherung wurde beendet
summary-count-cut-short = { $count } verkürzt
summary-count-stopped = { $count } abgebrochen

## Die Ansichten der Körperkarte und der Tipp neben einem bekannten Hilfsmittel beim Halten

view-front = Vorderansicht
view-back = Rückansicht
view-front-short = vorn
view-back-short = hinten
tool-hint-ball = Körpergewicht wirken lassen; langsam auf die druckempfindliche Stelle rollen.
tool-hint-lacrosse-ball = Fester Ball: sanft beginnen, bei etwa 6/10 bleiben, langsam ausatmen.
tool-hint-tennis-ball = Weicher Ball: sanft beginnen; mehr Druck, sobald die Stelle nachgibt.
tool-hint-golf-ball = Klein und hart: anfangs sanft drücken und langsam rollen.
tool-hint-stick = Langsam mit beiden Händen rollen; an druckempfindlichen Stellen innehalten.
tool-hint-elbow = Mit dem Unterarm nahe am Ellbogen drücken, nie mit der Knochenspitze.
tool-hint-peanut-ball = Die Wirbelsäule zwischen die beiden Bälle nehmen; nie auf den Knochen.
tool-hint-foam-roller = Langsam rollen, auf der druckempfindlichen Stelle verweilen, weiteratmen.
tool-hint-thumb = Mit gestrecktem Daumen drücken; mit der anderen Hand stützen.
tool-hint-knuckles = Flache Fingerknöchel, Handgelenk gerade; langsam in die Tiefe gehen.
tool-hint-fingers = Fingerspitzen zur Stütze übereinanderlegen; eindrücken und stillhalten.
tool-hint-theracane = Den Haken sanft ziehen; das Gerät die Arbeit machen lassen.
tool-hint-ice-pack = Immer ein Tuch zwischen Kühlpack und Haut legen.
tool-hint-heat-pack = Warm, nie heiß; ein Tuch zwischen Wärmekissen und Haut.
tool-hint-massage-gun = Niedrigste Stufe, in Bewegung bleiben; Knochen und vorderen Hals meiden.

## Der Zustand des Tons in der Kopfzeile

sound-none = kein Ton
sound-muted = stumm
sound-bell = Signalton
sound-volume = Ton { $volume } %
sound-voice = Stimme

## Der Bericht für das Therapieteam

report-yours = Ihre Sitzungen
report-of-client = Sitzungen von { $client }
report-title = knead-Bericht: { $who }
report-no-sessions-yet = noch keine Sitzungen
report-span = { $from } bis { $to }
report-generated = { $span } · { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } · erstellt am { $generated }
# $client ist 1, wenn der Bericht die Sitzungen einer Patientin oder eines Patienten zeigt,
# sonst 0 (die eigenen Sitzungen).
report-clocks = Tage und Uhrzeiten sind in { $client ->
        [1] der Ortszeit der Patientin oder des Patienten
       *[0] Ihrer Ortszeit
    } angegeben, wie zur Zeit der jeweiligen Sitzung: { $clocks }.
report-system-zone = die Zeitzone des Systems
report-clock-unkept = { $zone }, die dieses Berichts (die Sitzung stammt aus der Zeit, bevor knead die Zeitzone speicherte)
report-made-by = Erstellt mit knead. Bewertungen: 0 kein Schmerz, 10 stärkster vorstellbarer Schmerz.
report-prescription = Verordnung: { $prescription }.
report-file-changed = Die Datei der Routine wurde am { $days } geändert: Die Sitzungen seit dem { $last } folgten ihrer neuesten Fassung.
report-needs-attention = Zu beachten
report-adherence = Adhärenz
report-col-programme-week = Programmwoche
report-col-sessions = Sitzungen
report-done-of = { $done } von { $aim }
report-average-programme = Im Mittel { $mean } Sitzungen pro Woche mit { $routine }, über bisher { $weeks ->
        [one] { $weeks } Programmwoche
       *[other] { $weeks } Programmwochen
    }.
report-average = Im Mittel { $mean } Sitzungen pro Woche, über { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }.
report-col-week = Woche
report-last-12-weeks = Die letzten 12 Wochen.
report-main-outcome = Hauptergebnis
report-better = besser
report-worse = schlechter
report-one-session = bisher eine Sitzung
report-no-important-change = keine relevante Veränderung
report-col-spot = Stelle
report-col-first = Beginn
report-col-latest = Aktuell
report-col-change = Veränderung
report-col-important = Relevant ab
report-col-verdict = Einstufung
report-outcome-note = Schmerz 0-10, je Sitzung der Mittelwert für die Stelle. Klinisch relevant ist eine Veränderung ab { $low } Punkt bei einem Ausgangswert unter 4, ab { $middle } Punkten bei 4 bis 6 und ab { $high } Punkten ab 7.
report-activities = Aktivitäten (Patientenspezifische Funktionsskala, PSFS)
report-rated-once = bisher einmal bewertet
report-activities-mean = Mittelwert der Aktivitäten
report-col-activity = Aktivität
report-activities-note = Jede Aktivität wird in der ersten Sitzung jeder Programmwoche von 0 (nicht möglich) bis 10 (wie vor dem Problem) bewertet; höher ist besser. Klinisch relevant ist eine Veränderung um { $mcid } Punkte (Patient-Specific Functional Scale, Stratford 1995).
report-global-change = Globaler Eindruck der Veränderung (PGIC)
report-end-of-phase = Ende der Phase { $phase }
report-col-day = Tag
report-col-asked-at = Zeitpunkt
report-col-since = Seit Beginn des Programms
report-change-note = Sieben Antwortstufen, von sehr viel besser bis sehr viel schlechter (Patient Global Impression of Change, PGIC).
report-col-phase = Phase
report-col-weeks-with-sessions = Wochen mit Sitzungen
report-col-hold-prescribed = Verordnete Haltedauer
report-col-held-on-average = Im Mittel gehalten
report-pain-by-spot = Schmerz je Stelle
report-no-ratings = Noch keine Bewertungen.
report-spot-note = Der Wert einer Sitzung ist der Mittelwert ihrer Bewertungen dieser Stelle. Die Körperkarte zeigt für jede Stelle die letzte Bewertung.
report-map-alt = Letzte Schmerzwerte am Körper
report-left-and-right = Links und rechts
report-no-side-gap = Bei keiner Stelle unterscheiden sich die Seiten um 2 oder mehr.
report-side-gaps = Seiten, die sich bei der letzten Bewertung um 2 oder mehr unterscheiden:
report-weekly-means = Wochenmittelwerte.
report-trend-alt = Verlauf: { $region }
report-col-left = Links
report-col-right = Rechts
report-col-no-side = Ohne Seite
report-spot-table-note = Erste → letzte Sitzung, die Veränderung (besser oder schlechter, wenn sie mindestens so groß ist wie die relevante Veränderung beim Hauptergebnis) und die letzten Sitzungen von ▁ (0) bis █ (10).
# $who ist „Links: “, „Rechts: “ oder leer (eine Region ohne Seite).
report-change-words = { $who }von { $first } auf { $last } ({ $change })
report-nothing-flagged = Nichts: keine Bewertung auf oder über dem stop_above der Routine (bzw. { $high }), keine Stelle um { $worse } oder mehr verschlechtert oder mit steigenden Werten, keine Lücke von { $days } Tagen, keine Notiz.
report-adherence-prescribed = { $done } von { $total } verordneten Sitzungen mit { $routine } ({ $percent } %) in den Wochen 1-{ $weeks } ({ $aim } pro Woche).
report-days-last-30 = Tage mit einer Sitzung in den letzten 30 Tagen (bis { $today }): { $days }.
report-holds-held = Gehaltene Haltephasen { $sessions ->
        [1] in der Sitzung
        [2] in beiden Sitzungen
       *[other] in allen { $sessions } Sitzungen
    }: { $held } von { $planned } { $known ->
        [1] geplanten
       *[0] geplanten (bzw. erfassten bei Sitzungen, für die knead den Plan noch nicht speicherte)
    }.
report-time-to-release = Zeit bis zum Lösen
report-col-last = Zuletzt
report-release-note = Haltephasen, die die Person beendete, als sich der Knoten löste; eine kürzere Zeit bedeutet, dass sich die Stelle schneller löst.
report-often-skipped = Oft übersprungen oder verkürzt
report-none = Keine.
report-col-holds = Haltephasen
report-col-skipped = Übersprungen
report-col-cut-short = Verkürzt
report-sessions = Sitzungen
report-col-date = Datum
report-col-time = Uhrzeit
report-col-routine = Routine
report-col-outcome = Ergebnis
report-col-pain = Schmerz
report-col-note = Notiz
report-before-start = vor Beginn
report-after-end = nach Ende
# „Nacken und Schultern für 6 Wochen vom 02.11.2026 bis 13.12.2026, 4 pro Woche, von …;
# letzte Sitzung: Woche 3, Phase 2“.
report-prescribed = { $routine } für { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } vom { $start } bis { $end }
report-prescribed-aim = { $aim } pro Woche
report-latest-week-phase = letzte Sitzung: Woche { $week }, Phase { $phase }
report-latest-week = letzte Sitzung: Woche { $week }

## Die Einträge des Berichts unter „Zu beachten“

flag-high = { $day }: { $spot }, bewertet mit { $rating }/10 ({ $routine })
flag-worse = { $spot }: verschlechtert von { $first } auf { $last } ({ $change })
flag-rising = { $spot }: in jeder der letzten drei Sitzungen höher bewertet
flag-gap-open = Keine Sitzung seit dem { $from } ({ $days } Tage bis zum { $to })
flag-gap = { $days } Tage ohne Sitzung, vom { $from } bis zum { $to }
flag-skipped-for-pain = { $day }: { $spot } – { $holds ->
        [one] { $holds } Haltephase
       *[other] { $holds } Haltephasen
    } nach dem Rat, den Druck zu verringern, übersprungen (zu schmerzhaft)
# $which ist flag-stop-rule-applied oder flag-yes-to, nach dem Doppelpunkt:
# „02.11.2026, vor Nacken: Ja zu “Schwindel”; die Sitzung fand trotzdem statt“.
flag-stop-rule-applied = eine Stoppregel traf zu
flag-yes-to = Ja zu { $rules }
flag-and = und
flag-stop-rule-went-on = { $day }, vor { $routine }: { $which }; die Sitzung fand trotzdem statt
flag-stop-rule-stopped = { $day }, vor { $routine }: { $which }; wie empfohlen keine Sitzung
flag-felt-worse = { $day }: „{ $answer }“ seit Beginn des Programms (Ende der Phase { $phase })

## Erinnerungen: die Benachrichtigung, die fragt

nudge-time-for = Zeit für { $routine } ({ $length })
nudge-start = Starten
nudge-later = In { $minutes } Minuten
nudge-skip = Überspringen

## knead regions

regions-col-region = Region
regions-col-sides = Seiten
regions-col-view = Ansicht
regions-col-also = Weitere Namen
regions-any-form = Groß- oder Kleinschreibung, Singular oder Plural: Jede Form wird erkannt. `knead regions NAME` zeigt eine Region am Körper.
regions-also = Weitere Namen: { $names }
regions-left-marked = { $view }, linke Seite markiert

## Die Erinnerung des Textmodus an die Wörter, die er versteht

plain-keys = Tasten: Enter (starten / gelöst), { $keys }.

## Die Diagramme des Berichts

chart-last = zuletzt { $day }

## The first letter of yes and of no, taken besides y and n

answer-yes-key = j
answer-no-key = n

# Keys named on the footers and in the ? list (letters, arrows, Enter, Esc and Tab stay as printed).
keyname-space = Leertaste
keyname-ctrl = Strg

## Die Hilfsmittel, die knead kennt: Name und in .aliases weitere Namen, durch Kommas getrennt.
tool-name-ball = Massageball
    .aliases = Ball, Faszienball
tool-name-lacrosse-ball = Lacrosse-Ball
    .aliases = Lacrosseball
tool-name-tennis-ball = Tennisball
    .aliases = Tennisbälle
tool-name-golf-ball = Golfball
    .aliases = Golfbälle
tool-name-peanut-ball = Duoball
    .aliases = Doppelball, Erdnussball
tool-name-foam-roller = Faszienrolle
    .aliases = Schaumstoffrolle, Rolle
tool-name-stick = Massagestab
    .aliases = Massagestick, Stab
tool-name-thumb = Daumen
    .aliases = Daumenballen
tool-name-knuckles = Fingerknöchel
    .aliases = Knöchel der Finger
tool-name-fingers = Finger
    .aliases = Fingerspitzen, Hand, Hände
tool-name-elbow = Ellbogen
    .aliases = Unterarm
tool-name-theracane = Massagehaken
    .aliases = Rückenhaken, Theracane
tool-name-massage-gun = Massagepistole
    .aliases = Massagegun, Massagegerät
tool-name-ice-pack = Eisbeutel
    .aliases = Eis, Eispack
tool-name-cold-pack = Kühlpack
    .aliases = Kältepack, Gelpack, Kühlkissen
tool-name-heat-pack = Wärmekissen
    .aliases = Wärmepack, Heizkissen, Wärmflasche, Kirschkernkissen
