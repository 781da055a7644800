## Die Befehle von knead (list, clients, config, export, import, remind, new, die Auswahl von
## knead where) und ihre Fehlermeldungen, auf Deutsch. Jeder Fehler steht nach „knead: “ in einer
## eigenen Zeile, daher beginnt er klein. Optionen (--client, --format json), Befehle, Dateinamen,
## Umgebungsvariablen und die Schlüssel der Einstellungen bleiben wie geschrieben.
## „Home-Ordner“ ist das Benutzerverzeichnis (~); eine Person, deren Verlauf importiert wurde,
## heißt wie im Glossar „Patientin oder Patient“.

## Die Verlaufsdatei.
error-history-open = { $path } kann nicht geöffnet werden: { $why }
error-history-damaged = { $path } ist beschädigt oder kein knead-Verlauf ({ $why }); die Datei bleibt unverändert
error-history-migration = das Format des Verlaufs kann nicht aktualisiert werden: { $why }

## Import.
error-import-format = kein Export eines knead-Verlaufs: { $why }
error-import-newer = dieser Export hat Version { $version } des Formats, neuer als diese knead-Version lesen kann (bis { $known }): Aktualisieren Sie knead oder lassen Sie den Export mit derselben Version erstellen
error-import-csv = das ist ein CSV-Export; der Import liest den JSON-Export: Bitten Sie um `knead export --format json`

## Senden an einen FHIR-Server.
error-fhir-unreachable = unter { $url } hat kein FHIR-Server geantwortet ({ $why }): Prüfen Sie die Adresse und ob der Server läuft
error-fhir-refused = der Server unter { $url } hat die Zugangsdaten abgelehnt ({ $status }): Geben Sie ein Token mit --token-env NAME oder KNEAD_FHIR_TOKEN an
error-fhir-timeout = der Server unter { $url } hat nicht innerhalb von { $secs } s geantwortet; es wurde nichts gesendet
error-fhir-rejected = der Server unter { $url } hat das Bundle abgelehnt ({ $status }): { $why }
error-fhir-not-fhir = der Server unter { $url } hat mit etwas geantwortet, das kein FHIR ist ({ $what }): Ist das die Basis-URL eines FHIR-Servers?

## Ton, Stimme, Benachrichtigungen und Terminals.
error-sound-no-server = kein Soundserver hat geantwortet ({ $why }); dieses knead wurde ohne das Feature alsa gebaut
error-sound-builtin = ein eingebauter Klang ist beschädigt: { $why }
error-sound-not-a-file = keine reguläre Datei
error-sound-too-large = größer als 16 MiB; ein Signalklang sollte kurz sein
error-sound-not-wav = keine lesbare WAV-Datei
error-engine-not-found = { $program } nicht gefunden
error-engine-slow = es war nach 10 s nicht fertig
error-engine-exit = es wurde mit { $status } beendet
error-engine-not-wav = was es geschrieben hat, ist kein WAV-Klang, den knead lesen kann
error-no-notification-service = kein Benachrichtigungsdienst hat geantwortet (--no-notify schaltet Benachrichtigungen ab)
error-terminal-ended = sofort beendet ({ $status })

## Routinen.
error-no-routine = keine Routine namens „{ $name }“; `knead list` zeigt Ihre Routinen

## Was ein Befehl liest.
error-since-after-until = --since { $since } liegt nach --until { $until }: Dazwischen kann keine Sitzung liegen; tauschen Sie die beiden Angaben oder lassen Sie eine weg
error-no-clients = es wurde noch kein Verlauf einer Patientin oder eines Patienten importiert; `knead import FILE --client NAME` fügt einen hinzu
error-no-sessions-yet = dieser Verlauf enthält noch keine Sitzungen
# { $what } ist "client" oder "routine"; { $name } steht in Anführungszeichen.
error-nothing-named = { $what ->
        [client] keine Patientin und kein Patient namens { $name }: { $none }
       *[routine] keine Routine namens { $name }: { $none }
    }
error-nothing-named-short = { $what ->
        [client] keine Patientin und kein Patient namens { $name }.
       *[routine] keine Routine namens { $name }.
    }
error-did-you-mean = Meinten Sie { $name }?
error-there-are = Vorhanden sind: { $names }.
error-no-data-folder = kein Datenordner: Setzen Sie KNEAD_DATA_DIR oder geben Sie --data-dir DIR an
error-cannot-read = { $path } kann nicht gelesen werden: { $why }
error-cannot-write = { $path } kann nicht geschrieben werden: { $why }

## knead new und knead edit.
error-routine-name = ein Routinenname besteht aus Buchstaben, Ziffern, Leerzeichen, - und _ („Mein Plan“ wird zu mein-plan.toml): { $name }
error-no-home-for-routines = kein Home-Ordner, in dem Routinen gespeichert werden können
error-routine-exists = { $path } existiert bereits; `knead edit { $name }` öffnet die Datei, oder wählen Sie einen anderen Namen
error-no-editor = der Editor { $editor } wurde nicht gefunden; setzen Sie VISUAL oder EDITOR auf einen vorhandenen Editor (zum Beispiel EDITOR=nano)
error-no-own-routine = Sie haben keine eigene Routine { $quoted }; `knead new { $name }` erstellt eine aus der Vorlage
error-edit-needs-terminal = `knead edit` öffnet { $editor } in einem Terminal, und dies ist keines; setzen Sie VISUAL oder EDITOR auf einen Editor, der ein eigenes Fenster öffnet, oder bearbeiten Sie { $path } selbst und führen Sie `knead check { $name }` aus
error-editor-failed = der Editor kann nicht gestartet werden ({ $editor }): { $why }

## knead run, history, regions, nudge.
error-routine-has-errors = { $name } enthält Fehler; beheben Sie sie und versuchen Sie es erneut
error-history-needs-terminal = der Verlauf ist eine Vollbildansicht und braucht ein Terminal; `knead export --format csv` gibt den Verlauf als Text aus, `knead report` erstellt daraus einen Bericht
error-unknown-region = knead kennt die Region „{ $region }“ nicht; `knead regions` listet die Regionen auf
error-unknown-region-meant = knead kennt die Region „{ $region }“ nicht; meinten Sie „{ $meant }“? `knead regions` listet die Regionen auf
error-nudge-no-service = die Benachrichtigung konnte nicht angezeigt werden: Auf dem Bus des Desktops hat kein Benachrichtigungsdienst geantwortet (im Protokoll steht, was D-Bus gemeldet hat)

## knead report.
error-report-name = { $path } ist kein Name, unter dem knead einen Bericht schreibt: Verwenden Sie die Endung .html (zum Lesen, Drucken oder Speichern als PDF im Browser) oder .md (Markdown, mit den Diagrammen in einem Ordner daneben)

## knead export und import.
error-fhir-options = --to und --bundle gelten für FHIR: Fügen Sie --format fhir hinzu
error-token-env = --token-env { $name }: Diese Umgebungsvariable ist nicht gesetzt
# { $created } und { $existing } sind Anzahlen mit den Ressourcennamen von FHIR: "35 (12 Observation, ...)".
export-sent = an { $url } gesendet: { $created } erstellt, { $existing } bereits vorhanden
error-client-needs-name = --client braucht einen Namen
error-import-near-client = eine Patientin oder ein Patient namens „{ $client }“ ist hier bereits vorhanden: Wenn es dieselbe Person ist, importieren Sie mit --client "{ $client }"; wenn es jemand anderes ist, fügen Sie --as-new hinzu
# { $held } der { $total } Sitzungen der Datei sind bereits in einem Verlauf ("all", wenn alle es sind).
error-import-yours = { $total ->
        [one] diese Sitzung ist
       *[other] { $held ->
            [all] diese { $total } Sitzungen sind
            [one] 1 dieser { $total } Sitzungen ist
           *[other] { $held } dieser { $total } Sitzungen sind
        }
    } bereits in Ihrem eigenen Verlauf: Wenn es dieselbe Person ist, gehören sie Ihnen schon; um eine zweite Kopie unter „{ $client }“ zu behalten, fügen Sie --as-new hinzu
error-import-theirs = { $total ->
        [one] diese Sitzung ist
       *[other] { $held ->
            [all] diese { $total } Sitzungen sind
            [one] 1 dieser { $total } Sitzungen ist
           *[other] { $held } dieser { $total } Sitzungen sind
        }
    } bereits im Verlauf von „{ $other }“: Wenn es dieselbe Person ist, importieren Sie mit --client "{ $other }"; um eine zweite Kopie unter „{ $client }“ zu behalten, fügen Sie --as-new hinzu

## knead remind. Uhrzeiten (11:00), Tage (mon-fri) und Befehle bleiben wie geschrieben.
remind-on-again = Erinnerungen sind wieder aktiv.
remind-not-paused = Erinnerungen waren nicht pausiert.
remind-added = Erinnerung für { $routine }: { $times } { $days }.
remind-every-day = täglich
remind-weekdays = montags bis freitags
remind-on-days = an den Tagen { $days }
remind-today-at = heute { $time }
remind-tomorrow-at = morgen { $time }
remind-day-at = { $day } { $time }
remind-not-taken = der Zeitplaner hat sie nicht übernommen (der Hinweis oben nennt den Grund)
remind-next = Nächste Erinnerung: { $when } (geplant von { $scheduler }).
# { $what } ist der eigene Name des Zeitplaners für seine Datei: "systemd unit", "crontab".
remind-file-written = { $what } geschrieben: { $file }
remind-file-removed = { $what } entfernt: { $file }
remind-crontab-updated = crontab aktualisiert (`crontab -l` zeigt sie an).
remind-note = Hinweis: { $note }
remind-none = Keine Erinnerungen. `knead remind add desk-neck --at 11:00,15:30 --days mon-fri` fügt eine hinzu.
remind-list-next = nächste { $when }
remind-active = aktiv
remind-scheduler = Zeitplaner: { $scheduler }.
remind-quiet = Ruhezeiten: { $quiet }.
remind-paused-until = Pausiert bis { $when } (`knead remind resume` beendet die Pause).
remind-removed = Keine Erinnerungen mehr für { $routine }.
remind-paused = Erinnerungen pausiert bis { $when } (`knead remind resume` beendet die Pause).
error-remind-resume = die Pause kann nicht beendet werden: { $why }
error-no-home-for-settings = kein Home-Ordner: Die Einstellungen können nirgends gespeichert werden
error-settings-have-errors = die Einstellungen in { $path } enthalten Fehler; `knead config` zeigt sie an. Beheben Sie sie zuerst
error-no-home-for-reminders = kein Home-Ordner: Erinnerungen können nirgends gespeichert werden
error-no-program = es lässt sich nicht feststellen, wo knead installiert ist: { $why }
error-remind-will-not-fire = die Erinnerung für { $routine } bleibt in den Einstellungen gespeichert, wird aber nicht ausgelöst: { $why }
error-remind-file = Erinnerungen nennen eine Routine, keine Datei: Kopieren Sie { $routine } in Ihren Routinen-Ordner (`knead list` zeigt, wo er liegt) und verwenden Sie ihren Namen
error-remind-errors = { $routine } enthält Fehler (`knead check { $routine }` zeigt sie an); beheben Sie sie zuerst
error-no-reminder-meant = keine Erinnerung für { $routine }; meinten Sie { $meant }?
error-no-reminder-none = keine Erinnerung für { $routine }; es gibt überhaupt keine Erinnerungen
error-no-reminder-others = keine Erinnerung für { $routine }; es gibt Erinnerungen für { $others }
error-pause-until-when = bis wann? `knead remind pause until 2026-12-28` (oder until 2026-12-28 09:00)
error-not-a-time = { $time } ist keine Uhrzeit; schreiben Sie sie wie 09:00
error-no-such-day-here = { $day } kann hier kein Tag sein
error-pause-in-past = { $day } hat bereits begonnen: Eine Pause muss später als jetzt enden
error-not-a-length = { $text } ist keine Zeitdauer; versuchen Sie 2h, 45m, 1h30m, 3d oder until 2026-12-28
error-pause-nothing = eine Pause von { $text } pausiert nichts; `knead remind resume` beendet eine Pause
error-pause-too-long = die Pause ist zu lang
error-pause-over-a-year = eine Pause von mehr als einem Jahr: `knead remind remove` beendet eine Erinnerung endgültig

## knead list und die Liste des Startbildschirms.
list-bundled = Mitgelieferte Routinen
list-yours = Ihre Routinen
list-yours-in = Ihre Routinen ({ $folder })
list-yours-no-home = Ihre Routinen (kein Home-Ordner gefunden)
list-none-yet = noch keine: Legen Sie .toml-Routinedateien in diesen Ordner
list-invalid = ungültig
list-invalid-because = ungültig: { $why }
list-last = zuletzt:
list-this-week = { $done } diese Woche
list-this-week-of = { $done } von { $aim } diese Woche
list-due-today = heute fällig
home-settings-broken = die Einstellungen enthalten Fehler; `knead config` zeigt sie an
home-no-answer = keine Antwort auf die Stoppregeln, daher keine Sitzung
home-as-advised = heute wie von den Stoppregeln empfohlen keine Sitzung; Ihre Antwort ist gespeichert
home-routine-ready = { $name } ist bereit: Enter startet die Routine
home-routine-mistakes = { $name } enthält Fehler: `knead edit { $name }` öffnet die Routine erneut

## knead export, import, clients und report: was geschrieben wurde.
export-wrote-bundle = ein FHIR-Bundle mit { $resources ->
        [one] { $resources } Ressource
       *[other] { $resources } Ressourcen
    } in { $path } geschrieben
export-wrote = { $holds ->
        [one] { $holds } Haltephase
       *[other] { $holds } Haltephasen
    } in { $path } geschrieben
export-wrote-with-empty = { $holds ->
        [one] { $holds } Haltephase
       *[other] { $holds } Haltephasen
    } und { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } ohne Haltephasen in { $path } geschrieben
import-done = { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } und { $holds ->
        [one] { $holds } Haltephase
       *[other] { $holds } Haltephasen
    } für { $client } importiert ({ $already ->
        [one] { $already } Haltephase war
       *[other] { $already } Haltephasen waren
    } bereits vorhanden)
clients-none = Noch keine Patientinnen und Patienten: `knead import FILE --client NAME` fügt den Export einer Person hinzu.
# Die Spalten von knead clients.
clients-client = Patientin/Patient
clients-sessions = Sitzungen
clients-last = Letzte Sitzung
clients-routines = Routinen
report-wrote-charts = { $charts ->
        [one] { $charts } Diagramm
       *[other] { $charts } Diagramme
    } in { $folder } geschrieben
report-wrote = { $path } geschrieben ({ $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, { $spots ->
        [one] { $spots } Stelle
       *[other] { $spots } Stellen
    })

## knead config. Die Schlüssel der Einstellungen (volume, bell, notifications, auto-advance, prepare) bleiben wie geschrieben.
config-no-home = kein Home-Ordner: knead verwendet die Standardeinstellungen
config-missing = { $path } existiert nicht: knead verwendet die Standardwerte.
config-start-one = Eine Datei anlegen mit: knead config --default > { $path }
config-valid = gültig
config-muted = stumm
config-sound-on = Ton an
config-on = an
config-off = aus
config-sound = volume { $volume }, { $sound }, bell { $bell }
config-cue-sound = Klang für { $cue }: { $file }
config-notifications = notifications { $on }
config-advance = auto-advance { $on }, prepare { $prepare }

## Eine Routine-Datei lesen (bevor ihr Inhalt geprüft wird).
check-file-is-folder = ist ein Ordner, keine Routine-Datei
check-file-unreadable = die Datei kann nicht gelesen werden: { $why }
check-file-too-large = ist größer als 1 MiB; eine Routine-Datei sollte nur wenige KiB groß sein
check-file-too-large-help = prüfen, ob das die gemeinte Routine ist
check-file-not-utf8 = ist kein UTF-8-Text
check-file-not-utf8-help = die Datei als UTF-8 speichern

## Stimme und Ton, wenn sie nicht verwendet werden können.
voice-problem = Stimme: { $words }
voice-engine-failed = { $program } ist fehlgeschlagen ({ $why })
voice-cannot-start = kann nicht gestartet werden ({ $why })
voice-install-espeak = apt install espeak-ng
audio-no-output = keine Soundkarte, kein Soundserver und keine ALSA-Konfiguration
# --lang mit einer Sprache, die knead nicht spricht.
error-language = knead spricht { $spoken }, nicht { $asked }

## Die Einstellungsdatei (knead config zeigt diese Meldungen mit Zeile und Spalte). Schlüssel bleiben wie geschrieben.
settings-unreadable = die Einstellungen können nicht gelesen werden: { $why }
# Nach „in“ (Dativ): „unbekannter Schlüssel "x" in den Einstellungen“.
settings-in-settings = den Einstellungen
settings-in-reminder = der Erinnerung für { $routine }
settings-hook-empty = ein leerer Hook führt nichts aus
settings-hook-empty-help = den Schlüssel weglassen oder ein Programm mit seinen Argumenten angeben
settings-hook-missing = das Programm { $program } wurde nicht gefunden
settings-hook-missing-help = den Pfad des Programms oder einen Befehl aus PATH angeben; eine Shell-Zeile lautet ["sh", "-c", "..."]
settings-hook-line-help = ein Hook ist ein Programm mit seinen Argumenten: ["sh", "-c", { $line }]
settings-reminder-no-times = die Erinnerung für { $routine } hat keine Uhrzeiten
settings-reminder-no-times-help = at = ["11:00"] schreiben oder `knead remind add ROUTINE --at 11:00` verwenden
settings-no-sound-file = keine Klangdatei unter { $path }
settings-no-sound-file-help = den Pfad einer WAV-Datei angeben; relative Pfade gehen vom Ordner dieser Datei aus
settings-not-table = { $name } muss eine Tabelle sein, gefunden: { $found }
settings-not-table-help = [{ $name }] in eine eigene Zeile schreiben, die Schlüssel darunter
error-no-history-yet = noch kein Verlauf unter { $path }: Führen Sie zuerst eine Sitzung durch

## Den Verlauf während einer Sitzung speichern (auf dem Bildschirm, solange knead es weiter versucht).
# Nach „beim“ in saving-not-yet: „Fehler beim Schreiben einer Haltephase“.
saving-begin = Starten der Sitzung
saving-hold = Schreiben einer Haltephase
saving-rating = Schreiben einer Bewertung
saving-end = Beenden der Sitzung
saving-pain = Schreiben des Schmerzes insgesamt
saving-change = Schreiben des globalen Eindrucks der Veränderung
saving-note = Schreiben der Notiz
saving-not-yet = noch nicht gespeichert (Fehler beim { $doing }: { $why }); knead versucht es weiter
saving-unknown = unbekannter Fehler
saving-incomplete = diese Sitzung ist nicht vollständig gespeichert: { $left ->
        [one] { $left } Eintrag konnte nicht geschrieben werden
       *[other] { $left } Einträge konnten nicht geschrieben werden
    } ({ $why })
history-reading = Der Verlauf wird gelesen…
history-unreadable = der Verlauf konnte nicht gelesen werden

## Zustände und Hinweise des Zeitplaners von knead remind. Befehle in Backquotes bleiben wie geschrieben.
remind-skip-paused = Erinnerungen sind bis { $until } pausiert (`knead remind resume` schaltet sie wieder ein)
remind-skip-done = die Routine wurde bereits durchgeführt ({ $at }), vor weniger als { $hours } Stunden
remind-skip-quiet = es ist Ruhezeit ({ $quiet })
remind-skip-late = die Erinnerung kam { $minutes } Minuten nach ihrer Zeit (der Computer war im Ruhezustand oder aus); Erinnerungen, die mehr als { $most } Minuten zu spät sind, entfallen
remind-edit-not-table = [reminders] in den Einstellungen ist keine Tabelle; beheben Sie das mit `knead config`
remind-edit-invalid = die Einstellungsdatei ist kein gültiges TOML; `knead config` zeigt, wo der Fehler liegt
remind-not-loaded = geschrieben, aber nicht geladen: { $why }
remind-missing = nicht im Zeitplaner: { $why }
remind-will-not-fire = wird nicht ausgelöst: { $why }
remind-load-it = { $why }; `{ $load }` lädt sie
remind-put-back = `knead remind add { $routine } --at ...` richtet sie wieder ein
remind-no-systemctl-use-cron = systemctl ist nicht installiert (setzen Sie [remind] scheduler = "cron", um cron zu verwenden)
# { $state } ist das eigene Wort von systemd: "disabled", "not enabled".
remind-systemd-says = laut systemd ist der Timer { $state }
remind-launchd-not-loaded = launchd hat sie nicht geladen
remind-task-scheduler-lacks = die Aufgabenplanung (Task Scheduler) kennt sie nicht
remind-not-installed = { $program } ist nicht installiert
remind-not-started = { $program } konnte nicht gestartet werden
remind-no-systemd-manager = hier läuft für Sie kein systemd-Benutzerdienst (user manager)
remind-systemd-by-hand = { $why }: Führen Sie in Ihrer Desktop-Sitzung `systemctl --user daemon-reload && systemctl --user enable --now { $timer }` aus
remind-cron-removed = cron: ihre Zeilen wurden aus Ihrer crontab entfernt
remind-run-yourself = { $why }; führen Sie `{ $commands }` selbst aus
remind-command-failed = `{ $command }` ist fehlgeschlagen: { $first }
remind-cron-remove-by-hand = entfernen Sie mit `crontab -e` die Zeilen, die auf `{ $tag }` enden
remind-cron-add-by-hand = fügen Sie diese Zeilen mit `crontab -e` hinzu:
    { $lines }
remind-crontab-refused = crontab hat die neue Tabelle abgelehnt: { $why }
remind-no-display = kein Bildschirm, auf dem sich ein Terminal öffnen lässt (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)
remind-not-a-day = { $word } ist kein Tag; Tage sehen so aus: mon-fri, mon,wed,fri, weekends oder daily
remind-not-a-time = { $text } ist keine Uhrzeit; Uhrzeiten sehen so aus: 09:30 oder 15:00 (24-Stunden-Format)
remind-no-times = geben Sie mindestens eine Uhrzeit an, etwa --at 11:00
remind-not-a-span = { $text } ist kein Zeitraum; Ruhezeiten sehen so aus: "12:00-13:00"
error-cannot-remove = { $path } kann nicht entfernt werden: { $why }

## knead nudge: was aus einer Erinnerung wurde (eine Zeile im Terminal und im Protokoll).
nudge-no-reminder = keine Erinnerung für { $name } in den Einstellungen; `knead remind remove { $name }` entfernt, was dies ausführt
nudge-not-reminding = keine Erinnerung: { $why }
nudge-routine-errors = keine Erinnerung: { $name } enthält Fehler (`knead check { $name }` zeigt sie an)
nudge-not-reminding-of = keine Erinnerung an { $name }: { $why }
nudge-no-service = keine Erinnerung an { $name }: Auf dem Bus des Desktops hat kein Benachrichtigungsdienst geantwortet (im Protokoll steht, was D-Bus gemeldet hat)
nudge-again-in = erneut in { $minutes } Minuten
nudge-reminded = an { $name } erinnert
nudge-unanswered = an { $name } erinnert; keine Antwort innerhalb von { $wait }
nudge-not-started = an { $name } erinnert; nicht gestartet
nudge-cannot-start = { $name } konnte nicht gestartet werden: { $why }
nudge-no-terminal = { $name } konnte nicht gestartet werden: kein Terminal gefunden, in dem die Routine laufen kann; setzen Sie [remind] terminal in den Einstellungen
nudge-started = { $name } in { $terminal } gestartet
nudge-terminal-failed = { $name } konnte nicht gestartet werden: { $terminal } { $why }; setzen Sie [remind] terminal in den Einstellungen
error-not-a-calendar-day = { $text } ist kein Kalendertag
error-date-format = ein Datum sieht so aus: 2026-11-20 (Jahr-Monat-Tag)
error-no-such-folder = der Ordner, in den die Datei gehört, existiert nicht
error-no-data-folder-short = es gibt keinen Datenordner
error-pause-not-kept = die Pause kann nicht gespeichert werden: { $why }

## knead edit, nachdem der Editor geschlossen wurde.
edit-editor-status = der Editor ({ $editor }) endete mit Status { $code }; die Datei wird trotzdem geprüft
edit-editor-stopped = der Editor ({ $editor }) wurde angehalten; die Datei wird trotzdem geprüft
edit-has-errors = { $path } enthält Fehler; `knead edit { $name }` öffnet sie zum Korrigieren
## knead run mit fehlerhaften Einstellungen.
run-settings-fix-or-ignore = korrigieren Sie die Einstellungen in { $path } oder verwenden Sie --ignore-config, um mit den Standardwerten zu starten
run-settings-ask = die Einstellungen in { $path } enthalten Fehler. Drücken Sie j, um diesmal mit den Standardeinstellungen zu starten, eine andere Taste zum Abbrechen.
run-settings-fix = korrigieren Sie sie (`knead config` prüft die Datei) und versuchen Sie es erneut
saving-off = diese Sitzung wird nicht gespeichert: { $why }
