## knead's commands (list, clients, config, export, import, remind, new, where's picker) and
## their error messages, in English. Each error is printed after "knead: " on its own line.
## Options (--client, --format json) and file names stay as written.

## The history file.
error-history-open = cannot open { $path }: { $why }
error-history-damaged = { $path } is damaged or not a knead history ({ $why }); it was left as it is
error-history-migration = cannot update the history's format: { $why }

## Import.
error-import-format = not a knead history export: { $why }
error-import-newer = this export is version { $version } of the format, newer than this knead reads (up to { $known }): update knead, or ask for the export from the same version
error-import-csv = this is a CSV export; import reads the JSON one: ask for `knead export --format json`

## Sending to a FHIR server.
error-fhir-unreachable = no FHIR server answered at { $url } ({ $why }): check the address and that the server runs
error-fhir-refused = the server at { $url } refused the credentials ({ $status }): give a token with --token-env NAME or KNEAD_FHIR_TOKEN
error-fhir-timeout = the server at { $url } did not answer within { $secs } s; nothing was sent
error-fhir-rejected = the server at { $url } refused the bundle ({ $status }): { $why }
error-fhir-not-fhir = the server at { $url } answered with something that is not FHIR ({ $what }): is this a FHIR server's base URL?

## Sound, voice, notifications and terminals.
error-sound-no-server = no sound server answered ({ $why }); this knead is built without the alsa feature
error-sound-builtin = a built-in sound is damaged: { $why }
error-sound-not-a-file = not a regular file
error-sound-too-large = larger than 16 MiB; a cue should be a short sound
error-sound-not-wav = not a readable WAV file
error-engine-not-found = { $program } not found
error-engine-slow = it did not finish in 10 s
error-engine-exit = it exited with { $status }
error-engine-not-wav = what it wrote is not a WAV sound knead can read
error-no-notification-service = no notification service answered (--no-notify turns them off)
error-terminal-ended = ended at once ({ $status })

## Routines.
error-no-routine = no routine named "{ $name }"; `knead list` shows the routines you have

## Choosing what a command reads.
error-since-after-until = --since { $since } is after --until { $until }: no session could be in between; swap them, or leave one out
error-no-clients = no client's history has been imported; `knead import FILE --client NAME` adds one
error-no-sessions-yet = this history has no sessions yet
# { $what } is "client" or "routine"; { $name } is quoted.
error-nothing-named = { $what ->
        [client] no client named { $name }: { $none }
       *[routine] no routine named { $name }: { $none }
    }
error-nothing-named-short = { $what ->
        [client] no client named { $name }.
       *[routine] no routine named { $name }.
    }
error-did-you-mean = Did you mean { $name }?
error-there-are = There are: { $names }.
error-no-data-folder = no data folder: set KNEAD_DATA_DIR or pass --data-dir DIR
error-cannot-read = cannot read { $path }: { $why }
error-cannot-write = cannot write { $path }: { $why }

## knead new and knead edit.
error-routine-name = a routine name is letters, digits, spaces, - and _ ("Neck plan" becomes neck-plan.toml): { $name }
error-no-home-for-routines = no home folder to keep routines in
error-routine-exists = { $path } already exists; `knead edit { $name }` opens it, or choose another name
error-no-editor = the editor { $editor } was not found; set VISUAL or EDITOR to one you have (for example EDITOR=nano)
error-no-own-routine = you have no routine { $quoted }; `knead new { $name }` makes one from the template
error-edit-needs-terminal = `knead edit` opens { $editor } in a terminal, and this is not one; set VISUAL or EDITOR to an editor that opens a window, or edit { $path } yourself and run `knead check { $name }`
error-editor-failed = cannot start the editor ({ $editor }): { $why }

## knead run, history, regions, nudge.
error-routine-has-errors = { $name } has errors; fix them and try again
error-history-needs-terminal = the history is a full-screen view and needs a terminal; `knead export --format csv` prints the history as text, `knead report` writes it up
error-unknown-region = knead does not know the region "{ $region }"; `knead regions` lists them
error-unknown-region-meant = knead does not know the region "{ $region }"; did you mean "{ $meant }"? `knead regions` lists them
error-nudge-no-service = could not show the notification: no notification service answered on the desktop's bus (the log has what D-Bus said)

## knead report.
error-report-name = { $path } is not a name knead writes a report as: end it in .html (to read, print or save as PDF from a browser) or .md (Markdown, with the charts in a folder beside it)

## knead export and import.
error-fhir-options = --to and --bundle are for FHIR: add --format fhir
error-token-env = --token-env { $name }: no such environment variable is set
# { $created } and { $existing } are counts with FHIR's resource names: "35 (12 Observation, ...)".
export-sent = sent to { $url }: { $created } created, { $existing } already there
error-client-needs-name = --client needs a name
error-import-near-client = a client named “{ $client }” is already here: if this is the same person, import with --client "{ $client }"; if it is someone else, add --as-new
# { $held } of the file's { $total } sessions are in a history already ("all" when all are).
error-import-yours = { $total ->
        [one] this session is
       *[other] { $held ->
            [all] these { $total } sessions are
            [one] 1 of these { $total } sessions is
           *[other] { $held } of these { $total } sessions are
        }
    } already in your own history: if this is the same person, they are yours already; to keep a second copy under “{ $client }”, add --as-new
error-import-theirs = { $total ->
        [one] this session is
       *[other] { $held ->
            [all] these { $total } sessions are
            [one] 1 of these { $total } sessions is
           *[other] { $held } of these { $total } sessions are
        }
    } already in the history of “{ $other }”: if this is the same person, import with --client "{ $other }"; to keep a second copy under “{ $client }”, add --as-new

## knead remind. Times (11:00), days (mon-fri) and commands stay as written.
remind-on-again = Reminders are on again.
remind-not-paused = Reminders were not paused.
remind-added = Reminder for { $routine }: { $times } { $days }.
remind-every-day = every day
remind-weekdays = on weekdays
remind-on-days = on { $days }
remind-today-at = today { $time }
remind-tomorrow-at = tomorrow { $time }
remind-day-at = { $day } { $time }
remind-not-taken = the scheduler did not take it (the note above says why)
remind-next = Next: { $when } ({ $scheduler } has it).
# { $what } is the scheduler's own name for its file: "systemd unit", "crontab".
remind-file-written = { $what } written: { $file }
remind-file-removed = { $what } removed: { $file }
remind-crontab-updated = crontab updated (`crontab -l` shows it).
remind-note = Note: { $note }
remind-none = No reminders. `knead remind add desk-neck --at 11:00,15:30 --days mon-fri` adds one.
remind-list-next = next { $when }
remind-active = active
remind-scheduler = Scheduler: { $scheduler }.
remind-quiet = Quiet hours: { $quiet }.
remind-paused-until = Paused until { $when } (`knead remind resume` ends the pause).
remind-removed = No more reminders for { $routine }.
remind-paused = Reminders paused until { $when } (`knead remind resume` ends the pause).
error-remind-resume = cannot end the pause: { $why }
error-no-home-for-settings = no home folder: the settings have nowhere to live
error-settings-have-errors = the settings in { $path } have errors; `knead config` shows them. Fix them first
error-no-home-for-reminders = no home folder: reminders have nowhere to live
error-no-program = cannot tell where knead is installed: { $why }
error-remind-will-not-fire = the reminder for { $routine } is kept in the settings but will not fire: { $why }
error-remind-file = reminders name a routine, not a file: copy { $routine } into your routines folder (`knead list` shows where) and use its name
error-remind-errors = { $routine } has errors (`knead check { $routine }` shows them); fix them first
error-no-reminder-meant = no reminder for { $routine }; did you mean { $meant }?
error-no-reminder-none = no reminder for { $routine }; there are none
error-no-reminder-others = no reminder for { $routine }; there are reminders for { $others }
error-pause-until-when = until when? `knead remind pause until 2026-12-28` (or until 2026-12-28 09:00)
error-not-a-time = { $time } is not a time of day; write it like 09:00
error-no-such-day-here = { $day } cannot be a day here
error-pause-in-past = { $day } has begun already: a pause ends later than now
error-not-a-length = { $text } is not a length of time; try 2h, 45m, 1h30m, 3d or until 2026-12-28
error-pause-nothing = a pause of { $text } pauses nothing; `knead remind resume` ends a pause
error-pause-too-long = too long a pause
error-pause-over-a-year = a pause of more than a year: `knead remind remove` stops a reminder for good

## knead list and the home screen's list.
list-bundled = Bundled routines
list-yours = Your routines
list-yours-in = Your routines ({ $folder })
list-yours-no-home = Your routines (no home folder found)
list-none-yet = none yet: put .toml routine files in that folder
list-invalid = invalid
list-invalid-because = invalid: { $why }
list-last = last:
list-this-week = { $done } this week
list-this-week-of = { $done } of { $aim } this week
list-due-today = due today
home-settings-broken = the settings have errors; `knead config` shows them
home-no-answer = no answer to the stop rules, so no session
home-as-advised = no session today, as the stop rules advise; your answer is kept
home-routine-ready = { $name } is ready: Enter runs it
home-routine-mistakes = { $name } has mistakes: `knead edit { $name }` opens it again

## knead export, import, clients and report: what was written.
export-wrote-bundle = wrote a FHIR bundle of { $resources ->
        [one] { $resources } resource
       *[other] { $resources } resources
    } to { $path }
export-wrote = wrote { $holds ->
        [one] { $holds } hold
       *[other] { $holds } holds
    } to { $path }
export-wrote-with-empty = wrote { $holds ->
        [one] { $holds } hold
       *[other] { $holds } holds
    } and { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } without holds to { $path }
import-done = imported { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } and { $holds ->
        [one] { $holds } hold
       *[other] { $holds } holds
    } for { $client } ({ $already ->
        [one] { $already } hold was
       *[other] { $already } holds were
    } already there)
clients-none = No clients yet: `knead import FILE --client NAME` adds one's export.
# The columns of knead clients.
clients-client = client
clients-sessions = sessions
clients-last = last session
clients-routines = routines
report-wrote-charts = wrote { $charts ->
        [one] { $charts } chart
       *[other] { $charts } charts
    } into { $folder }
report-wrote = wrote { $path } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $spots ->
        [one] { $spots } spot
       *[other] { $spots } spots
    })

## knead config. The settings' keys (volume, bell, notifications, auto-advance, prepare) stay as written.
config-no-home = no home folder: knead uses the default settings
config-missing = { $path } does not exist: knead uses the defaults.
config-start-one = Start one with: knead config --default > { $path }
config-valid = valid
config-muted = muted
config-sound-on = sound on
config-on = on
config-off = off
config-sound = volume { $volume }, { $sound }, bell { $bell }
config-cue-sound = { $cue } sound: { $file }
config-notifications = notifications { $on }
config-advance = auto-advance { $on }, prepare { $prepare }

## Reading a routine file (before its contents are checked).
check-file-is-folder = is a folder, not a routine file
check-file-unreadable = cannot read the file: { $why }
check-file-too-large = is larger than 1 MiB; a routine file should be a few KiB
check-file-too-large-help = check that this is the routine you meant
check-file-not-utf8 = is not UTF-8 text
check-file-not-utf8-help = save the file as UTF-8

## The voice and the sound, when they cannot be used.
voice-problem = voice: { $words }
voice-engine-failed = { $program } failed ({ $why })
voice-cannot-start = cannot start ({ $why })
voice-install-espeak = apt install espeak-ng
audio-no-output = no sound card, sound server or ALSA configuration
# --lang with a language knead does not speak.
error-language = knead speaks { $spoken }, not { $asked }

## The settings file (knead config shows these with line and column). Keys stay as written.
settings-unreadable = cannot read the settings: { $why }
settings-in-settings = the settings
settings-in-reminder = the reminder for { $routine }
settings-hook-empty = an empty hook runs nothing
settings-hook-empty-help = leave the key out, or give a program and its arguments
settings-hook-missing = no program { $program } is found to run
settings-hook-missing-help = give the program's path or a command on PATH; a shell line is ["sh", "-c", "..."]
settings-hook-line-help = a hook is a program and its arguments: ["sh", "-c", { $line }]
settings-reminder-no-times = the reminder for { $routine } has no times
settings-reminder-no-times-help = write at = ["11:00"], or `knead remind add ROUTINE --at 11:00`
settings-no-sound-file = no sound file at { $path }
settings-no-sound-file-help = give the path of a WAV file; relative paths start at this file's folder
settings-not-table = { $name } must be a table, found { $found }
settings-not-table-help = write [{ $name }] on a line of its own, with its keys below it
error-no-history-yet = no history yet at { $path }: run a session first

## Saving the history during a session (shown on the screen while it keeps trying).
saving-begin = starting the session
saving-hold = writing a hold
saving-rating = writing a rating
saving-end = ending the session
saving-pain = writing the overall pain
saving-change = writing the global impression of change
saving-note = writing the note
saving-not-yet = not saved yet ({ $doing } failed: { $why }); knead keeps trying
saving-unknown = unknown error
saving-incomplete = this session is not fully saved: { $left ->
        [one] { $left } record could not be written
       *[other] { $left } records could not be written
    } ({ $why })
history-reading = reading the history…
history-unreadable = the history could not be read

## knead remind's scheduler states and notes. Commands in backquotes stay as written.
remind-skip-paused = reminders are paused until { $until } (`knead remind resume` turns them back on)
remind-skip-done = it was done at { $at }, less than { $hours } hours ago
remind-skip-quiet = it is quiet hours ({ $quiet })
remind-skip-late = it came { $minutes } minutes after its time (the computer was asleep or off); reminders more than { $most } minutes late are left out
remind-edit-not-table = [reminders] in the settings is not a table; fix it with `knead config`
remind-edit-invalid = the settings file is not valid TOML; `knead config` shows where
remind-not-loaded = written, not loaded: { $why }
remind-missing = not in the scheduler: { $why }
remind-will-not-fire = will not fire: { $why }
remind-load-it = { $why }; `{ $load }` loads it
remind-put-back = `knead remind add { $routine } --at ...` puts it back
remind-no-systemctl-use-cron = systemctl is not installed (set [remind] scheduler = "cron" to use cron)
# { $state } is systemd's own word: "disabled", "not enabled".
remind-systemd-says = systemd says the timer is { $state }
remind-launchd-not-loaded = launchd has not loaded it
remind-task-scheduler-lacks = the Task Scheduler does not have it
remind-not-installed = { $program } is not installed
remind-not-started = { $program } could not be started
remind-no-systemd-manager = no systemd user manager is running for you here
remind-systemd-by-hand = { $why }: in your desktop session, run `systemctl --user daemon-reload && systemctl --user enable --now { $timer }`
remind-cron-removed = cron: its lines taken out of your crontab
remind-run-yourself = { $why }; run `{ $commands }` yourself
remind-command-failed = `{ $command }` failed: { $first }
remind-cron-remove-by-hand = remove the lines ending in `{ $tag }` with `crontab -e`
remind-cron-add-by-hand = add these lines with `crontab -e`:
    { $lines }
remind-crontab-refused = crontab refused the new table: { $why }
remind-no-display = no display to open a terminal on (neither DISPLAY nor WAYLAND_DISPLAY is set)
remind-not-a-day = { $word } is not a day; days look like mon-fri, mon,wed,fri, weekends or daily
remind-not-a-time = { $text } is not a time of day; times look like 09:30 or 15:00 (24-hour)
remind-no-times = give at least one time, like --at 11:00
remind-not-a-span = { $text } is not a span of time; quiet hours look like "12:00-13:00"
error-cannot-remove = cannot remove { $path }: { $why }

## knead nudge: what came of a reminder (a line on the terminal and in the log).
nudge-no-reminder = no reminder for { $name } in the settings; `knead remind remove { $name }` removes what runs this
nudge-not-reminding = not reminding: { $why }
nudge-routine-errors = not reminding: { $name } has errors (`knead check { $name }` shows them)
nudge-not-reminding-of = not reminding of { $name }: { $why }
nudge-no-service = not reminding of { $name }: no notification service answered on the desktop's bus (the log has what D-Bus said)
nudge-again-in = again in { $minutes } minutes
nudge-reminded = reminded of { $name }
nudge-unanswered = reminded of { $name }; no answer in { $wait }
nudge-not-started = reminded of { $name }; not started
nudge-cannot-start = could not start { $name }: { $why }
nudge-no-terminal = could not start { $name }: no terminal found to start it in; set [remind] terminal in the settings
nudge-started = started { $name } in { $terminal }
nudge-terminal-failed = could not start { $name }: { $terminal } { $why }; set [remind] terminal in the settings
error-not-a-calendar-day = { $text } is not a day of the calendar
error-date-format = dates look like 2026-11-20 (year-month-day)
error-no-such-folder = the folder it goes in does not exist
error-no-data-folder-short = there is no data folder
error-pause-not-kept = cannot keep the pause: { $why }

## knead edit, after the editor closes.
edit-editor-status = the editor ({ $editor }) ended with status { $code }; checking the file anyway
edit-editor-stopped = the editor ({ $editor }) was stopped; checking the file anyway
edit-has-errors = { $path } has errors; `knead edit { $name }` to fix them
## knead run with a settings file that has mistakes.
run-settings-fix-or-ignore = fix the settings in { $path }, or add --ignore-config to run on the defaults
run-settings-ask = the settings in { $path } have errors. Press y to run on the default settings this time, any other key to stop.
run-settings-fix = fix them (`knead config` checks the file) and try again
saving-off = this session is not being saved: { $why }
